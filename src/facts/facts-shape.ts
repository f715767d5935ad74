// Written by `npm run facts-shape:write` from facts/schema.ts's zod schema: do not edit. The plain
// shape of the facts schema (facts/shape.ts), read by the start-up path without building the zod
// schema; test/facts/shape.test.ts holds it to shapeOf(factsSchema).
import type { PlainNode } from "./shape.js";

export const FACTS_SHAPE: PlainNode = {
  "type": "object",
  "shape": {
    "$schema": {"type":"optional","innerType":{"type":"string"}},
    "language": {"type":"optional","innerType":{"type":"enum","entries":{"zh":"zh","en":"en"}}},
    "locale": {"type":"optional","innerType":{"type":"enum","entries":{"en-GB":"en-GB","en-US":"en-US"}}},
    "kind": {
      "type": "default",
      "defaultValue": "standard",
      "innerType": {
        "type": "enum",
        "entries": {
          "standard": "standard",
          "disaster-relief": "disaster-relief",
          "public-fundraising": "public-fundraising",
          "venture-grant": "venture-grant"
        }
      }
    },
    "title": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
    "summary": {
      "type": "optional",
      "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
    },
    "organization": {
      "type": "object",
      "shorthand": "name",
      "shape": {
        "name": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
        "registration_id": {
          "type": "optional",
          "innerType": {
            "type": "pipe",
            "in": {
              "type": "union",
              "options": [
                {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
                {"type":"number"}
              ]
            },
            "out": {"type":"transform","transform":"String"}
          }
        },
        "founded": {
          "type": "optional",
          "innerType": {
            "type": "pipe",
            "kind": "year-or-date",
            "in": {
              "type": "union",
              "options": [
                {
                  "type": "string",
                  "kind": "date",
                  "checks": [
                    {"check":"regex","pattern":"^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$"},
                    {"check":"in_calendar"}
                  ]
                },
                {"type":"number","checks":[{"check":"safeint"}]}
              ]
            },
            "out": {"type":"transform","transform":"String"}
          }
        },
        "address": {
          "type": "optional",
          "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
        },
        "type": {
          "type": "optional",
          "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
        },
        "net_assets": {
          "type": "optional",
          "innerType": {
            "type": "number",
            "kind": "amount",
            "checks": [{"check":"greater_than","value":0,"inclusive":true}]
          }
        },
        "description": {
          "type": "optional",
          "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
        },
        "track_record": {
          "type": "optional",
          "innerType": {
            "type": "array",
            "element": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          }
        },
        "governance": {
          "type": "optional",
          "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
        },
        "financial_disclosure": {
          "type": "optional",
          "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
        },
        "contact": {
          "type": "optional",
          "innerType": {
            "type": "object",
            "shape": {
              "name": {
                "type": "optional",
                "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
              },
              "role": {
                "type": "optional",
                "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
              },
              "phone": {
                "type": "optional",
                "innerType": {
                  "type": "pipe",
                  "in": {
                    "type": "union",
                    "options": [
                      {
                        "type": "string",
                        "checks": [{"check":"trim"},{"check":"min_length","minimum":1}]
                      },
                      {"type":"number"}
                    ]
                  },
                  "out": {"type":"transform","transform":"String"}
                }
              },
              "email": {
                "type": "optional",
                "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
              }
            }
          }
        }
      }
    },
    "location": {
      "type": "optional",
      "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
    },
    "period": {
      "type": "optional",
      "innerType": {
        "type": "object",
        "range": true,
        "shape": {
          "start": {
            "type": "optional",
            "innerType": {
              "type": "string",
              "kind": "date",
              "checks": [
                {"check":"regex","pattern":"^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$"},
                {"check":"in_calendar"}
              ]
            }
          },
          "end": {
            "type": "optional",
            "innerType": {
              "type": "string",
              "kind": "date",
              "checks": [
                {"check":"regex","pattern":"^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$"},
                {"check":"in_calendar"}
              ]
            }
          }
        }
      }
    },
    "need": {
      "type": "object",
      "shorthand": "problem",
      "shape": {
        "problem": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
        "evidence": {
          "type": "optional",
          "innerType": {
            "type": "array",
            "element": {
              "type": "object",
              "shorthand": "fact",
              "shape": {
                "fact": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
                "source": {
                  "type": "optional",
                  "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
                }
              }
            }
          }
        },
        "why_now": {
          "type": "optional",
          "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
        }
      }
    },
    "beneficiaries": {
      "type": "array",
      "checks": [{"check":"min_length","minimum":1}],
      "element": {
        "type": "object",
        "shorthand": "group",
        "shape": {
          "group": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
          "count": {
            "type": "optional",
            "innerType": {
              "type": "number",
              "kind": "whole-count",
              "checks": [{"check":"safeint"},{"check":"greater_than","value":0,"inclusive":false}]
            }
          },
          "unit": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "approximate": {"type":"optional","innerType":{"type":"boolean"}},
          "direct": {"type":"default","defaultValue":true,"innerType":{"type":"boolean","kind":"direct"}},
          "criteria": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          }
        }
      }
    },
    "beneficiary_selection": {
      "type": "optional",
      "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
    },
    "goal": {
      "type": "optional",
      "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
    },
    "objectives": {
      "type": "optional",
      "innerType": {
        "type": "array",
        "element": {
          "type": "object",
          "shorthand": "text",
          "shape": {
            "text": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
            "indicator": {
              "type": "optional",
              "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            },
            "baseline": {
              "type": "optional",
              "innerType": {
                "type": "union",
                "options": [
                  {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
                  {"type":"number"}
                ]
              }
            },
            "target": {
              "type": "optional",
              "innerType": {
                "type": "union",
                "options": [
                  {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
                  {"type":"number"}
                ]
              }
            },
            "deadline": {
              "type": "optional",
              "innerType": {
                "type": "string",
                "kind": "date",
                "checks": [
                  {"check":"regex","pattern":"^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$"},
                  {"check":"in_calendar"}
                ]
              }
            }
          }
        }
      }
    },
    "activities": {
      "type": "optional",
      "innerType": {
        "type": "array",
        "element": {
          "type": "object",
          "shorthand": "name",
          "shape": {
            "name": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
            "description": {
              "type": "optional",
              "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            },
            "start": {
              "type": "optional",
              "innerType": {
                "type": "string",
                "kind": "date",
                "checks": [
                  {"check":"regex","pattern":"^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$"},
                  {"check":"in_calendar"}
                ]
              }
            },
            "end": {
              "type": "optional",
              "innerType": {
                "type": "string",
                "kind": "date",
                "checks": [
                  {"check":"regex","pattern":"^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$"},
                  {"check":"in_calendar"}
                ]
              }
            },
            "outputs": {
              "type": "optional",
              "innerType": {
                "type": "array",
                "element": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
              }
            },
            "owner": {
              "type": "optional",
              "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            }
          }
        }
      }
    },
    "budget": {
      "type": "optional",
      "innerType": {
        "type": "object",
        "shorthand": "total",
        "shape": {
          "currency": {
            "type": "default",
            "defaultValue": "CNY",
            "innerType": {
              "type": "string",
              "kind": "currency",
              "checks": [{"check":"trim"},{"check":"min_length","minimum":1}]
            }
          },
          "total": {
            "type": "optional",
            "innerType": {
              "type": "number",
              "kind": "amount",
              "checks": [{"check":"greater_than","value":0,"inclusive":true}]
            }
          },
          "items": {
            "type": "optional",
            "innerType": {
              "type": "array",
              "element": {
                "type": "object",
                "shape": {
                  "name": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
                  "category": {
                    "type": "default",
                    "defaultValue": "direct",
                    "innerType": {
                      "type": "enum",
                      "entries": {
                        "direct": "direct",
                        "personnel": "personnel",
                        "admin": "admin",
                        "fundraising": "fundraising",
                        "other": "other"
                      }
                    }
                  },
                  "amount": {
                    "type": "optional",
                    "innerType": {
                      "type": "number",
                      "kind": "amount",
                      "checks": [{"check":"greater_than","value":0,"inclusive":true}]
                    }
                  },
                  "quantity": {
                    "type": "optional",
                    "innerType": {
                      "type": "number",
                      "kind": "count",
                      "checks": [{"check":"greater_than","value":0,"inclusive":true}]
                    }
                  },
                  "unit_cost": {
                    "type": "optional",
                    "innerType": {
                      "type": "number",
                      "kind": "amount",
                      "checks": [{"check":"greater_than","value":0,"inclusive":true}]
                    }
                  },
                  "unit": {
                    "type": "optional",
                    "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
                  },
                  "note": {
                    "type": "optional",
                    "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
                  }
                }
              }
            }
          },
          "funding_sources": {
            "type": "optional",
            "innerType": {
              "type": "array",
              "element": {
                "type": "object",
                "shorthand": "name",
                "shape": {
                  "name": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
                  "amount": {
                    "type": "optional",
                    "innerType": {
                      "type": "number",
                      "kind": "amount",
                      "checks": [{"check":"greater_than","value":0,"inclusive":true}]
                    }
                  },
                  "status": {
                    "type": "optional",
                    "innerType": {
                      "type": "enum",
                      "entries": {"confirmed":"confirmed","pending":"pending","planned":"planned"}
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "monitoring": {
      "type": "optional",
      "innerType": {
        "type": "object",
        "shape": {
          "indicators": {
            "type": "optional",
            "innerType": {
              "type": "array",
              "element": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            }
          },
          "methods": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "reporting": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          }
        }
      }
    },
    "risks": {
      "type": "optional",
      "innerType": {
        "type": "array",
        "element": {
          "type": "object",
          "shorthand": "risk",
          "shape": {
            "risk": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
            "likelihood": {
              "type": "optional",
              "innerType": {"type":"enum","entries":{"low":"low","medium":"medium","high":"high"}}
            },
            "mitigation": {
              "type": "optional",
              "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            },
            "owner": {
              "type": "optional",
              "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            }
          }
        }
      }
    },
    "sustainability": {
      "type": "optional",
      "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
    },
    "team": {
      "type": "optional",
      "innerType": {
        "type": "array",
        "element": {
          "type": "object",
          "shorthand": "name",
          "shape": {
            "name": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
            "role": {
              "type": "optional",
              "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            },
            "qualifications": {
              "type": "optional",
              "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            }
          }
        }
      }
    },
    "partners": {
      "type": "optional",
      "innerType": {
        "type": "array",
        "element": {
          "type": "object",
          "shorthand": "name",
          "shape": {
            "name": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
            "role": {
              "type": "optional",
              "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            }
          }
        }
      }
    },
    "fundraising": {
      "type": "optional",
      "innerType": {
        "type": "object",
        "shape": {
          "purpose": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "period": {
            "type": "optional",
            "innerType": {
              "type": "object",
              "range": true,
              "shape": {
                "start": {
                  "type": "optional",
                  "innerType": {
                    "type": "string",
                    "kind": "date",
                    "checks": [
                      {
                        "check": "regex",
                        "pattern": "^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$"
                      },
                      {"check":"in_calendar"}
                    ]
                  }
                },
                "end": {
                  "type": "optional",
                  "innerType": {
                    "type": "string",
                    "kind": "date",
                    "checks": [
                      {
                        "check": "regex",
                        "pattern": "^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$"
                      },
                      {"check":"in_calendar"}
                    ]
                  }
                }
              }
            }
          },
          "region": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "person_in_charge": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "office_address": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "donation_methods": {
            "type": "optional",
            "innerType": {
              "type": "array",
              "element": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            }
          },
          "bank_account": {
            "type": "optional",
            "innerType": {
              "type": "object",
              "shape": {
                "name": {
                  "type": "optional",
                  "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
                },
                "bank": {
                  "type": "optional",
                  "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
                },
                "number": {
                  "type": "optional",
                  "innerType": {
                    "type": "pipe",
                    "in": {
                      "type": "union",
                      "options": [
                        {
                          "type": "string",
                          "checks": [{"check":"trim"},{"check":"min_length","minimum":1}]
                        },
                        {"type":"number"}
                      ]
                    },
                    "out": {"type":"transform","transform":"String"}
                  }
                }
              }
            }
          },
          "beneficiaries": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "use_of_funds": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "cost": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "leftover_handling": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "filing_number": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "platform": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          }
        }
      }
    },
    "relief": {
      "type": "optional",
      "innerType": {
        "type": "object",
        "shape": {
          "disaster": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "affected": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "needs_assessment": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "supplies": {
            "type": "optional",
            "innerType": {
              "type": "array",
              "element": {
                "type": "object",
                "shape": {
                  "name": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
                  "quantity": {
                    "type": "optional",
                    "innerType": {
                      "type": "number",
                      "kind": "count",
                      "checks": [{"check":"greater_than","value":0,"inclusive":true}]
                    }
                  },
                  "unit": {
                    "type": "optional",
                    "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
                  },
                  "unit_cost": {
                    "type": "optional",
                    "innerType": {
                      "type": "number",
                      "kind": "amount",
                      "checks": [{"check":"greater_than","value":0,"inclusive":true}]
                    }
                  },
                  "source": {
                    "type": "optional",
                    "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
                  }
                }
              }
            }
          },
          "logistics": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "distribution": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "traceability": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          }
        }
      }
    },
    "venture_grant": {
      "type": "optional",
      "innerType": {
        "type": "object",
        "shape": {
          "programme": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "registration_authority": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "rating": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "annual_inspection": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "amount_requested": {
            "type": "optional",
            "innerType": {
              "type": "number",
              "kind": "amount",
              "checks": [{"check":"greater_than","value":0,"inclusive":true}]
            }
          },
          "similar_projects": {
            "type": "optional",
            "innerType": {
              "type": "array",
              "element": {
                "type": "object",
                "shape": {
                  "name": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]},
                  "year": {
                    "type": "optional",
                    "innerType": {
                      "type": "pipe",
                      "in": {
                        "type": "union",
                        "options": [
                          {
                            "type": "string",
                            "checks": [{"check":"trim"},{"check":"min_length","minimum":1}]
                          },
                          {"type":"number","checks":[{"check":"safeint"}]}
                        ]
                      },
                      "out": {"type":"transform","transform":"String"}
                    }
                  },
                  "funder": {
                    "type": "optional",
                    "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
                  },
                  "amount": {
                    "type": "optional",
                    "innerType": {
                      "type": "number",
                      "kind": "amount",
                      "checks": [{"check":"greater_than","value":0,"inclusive":true}]
                    }
                  },
                  "results": {
                    "type": "optional",
                    "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
                  }
                }
              }
            }
          },
          "expected_results": {
            "type": "optional",
            "innerType": {
              "type": "array",
              "element": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            }
          },
          "replicability": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          }
        }
      }
    },
    "funder": {
      "type": "optional",
      "innerType": {
        "type": "object",
        "shorthand": "name",
        "shape": {
          "name": {
            "type": "optional",
            "innerType": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
          },
          "priorities": {
            "type": "optional",
            "innerType": {
              "type": "array",
              "element": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
            }
          },
          "amount_requested": {
            "type": "optional",
            "innerType": {
              "type": "number",
              "kind": "amount",
              "checks": [{"check":"greater_than","value":0,"inclusive":true}]
            }
          }
        }
      }
    },
    "materials": {
      "type": "optional",
      "innerType": {
        "type": "array",
        "element": {"type":"string","checks":[{"check":"trim"},{"check":"min_length","minimum":1}]}
      }
    }
  }
};
