import { describe, expect, it } from "vitest";
import { ollamaHostToBaseURL, PRESETS, presetForBaseURL } from "../../src/llm/presets.js";

describe("provider presets", () => {
  it("know where each service lives and which model to use by default", () => {
    expect(PRESETS.openai).toMatchObject({ baseURL: "https://api.openai.com/v1", keyEnv: "OPENAI_API_KEY", needsKey: true });
    expect(PRESETS.dashscope).toMatchObject({
      baseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1",
      defaultModel: "qwen-plus",
      keyEnv: "DASHSCOPE_API_KEY",
    });
    expect(PRESETS.deepseek).toMatchObject({ defaultModel: "deepseek-chat", keyEnv: "DEEPSEEK_API_KEY" });
    expect(PRESETS.ollama).toMatchObject({ baseURL: "http://127.0.0.1:11434/v1", needsKey: false });
    expect(PRESETS.custom.baseURL).toBeUndefined();
    expect(PRESETS.custom.defaultModel).toBeUndefined();
  });

  it("recognise a hosted service from its base URL", () => {
    expect(presetForBaseURL("https://dashscope.aliyuncs.com/compatible-mode/v1")).toBe("dashscope");
    expect(presetForBaseURL("https://api.deepseek.com")).toBe("deepseek");
    expect(presetForBaseURL("http://127.0.0.1:8000/v1")).toBe("custom");
  });

  it("turn OLLAMA_HOST into an API base URL", () => {
    expect(ollamaHostToBaseURL("127.0.0.1")).toBe("http://127.0.0.1:11434/v1");
    expect(ollamaHostToBaseURL("0.0.0.0:9999")).toBe("http://127.0.0.1:9999/v1");
    expect(ollamaHostToBaseURL("https://ollama.example.org")).toBe("https://ollama.example.org/v1");
    expect(ollamaHostToBaseURL("http://box:11434/v1/")).toBe("http://box:11434/v1");
    expect(ollamaHostToBaseURL("gpu-box")).toBe("http://gpu-box:11434/v1");
  });
});
