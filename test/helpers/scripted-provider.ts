// A chat provider in the test process that gives prepared answers in turn and records each request
// (a copy of its messages: a retry adds to the writer's own list), for unit tests of the writers.
import type { ChatProvider, ChatRequest } from "../../src/llm/types.js";

export function scriptedProvider(answers: readonly (string | { text: string; finishReason?: string })[]): { provider: ChatProvider; requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  const provider: ChatProvider = {
    provider: "custom",
    model: "m",
    endpoint: "http://127.0.0.1:1/v1",
    chat: async (request) => {
      requests.push({ ...request, messages: [...request.messages] });
      const answer = answers[requests.length - 1]!;
      const { text, finishReason = "stop" } = typeof answer === "string" ? { text: answer } : answer;
      return { text, usage: { promptTokens: 1, completionTokens: 1 }, cached: false, finishReason };
    },
  };
  return { provider, requests };
}
