// The body of one chat-completions request, as both a live (streamed) request and a line of a
// provider batch job send it, so a batched answer is the answer the live request would have got.
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import type { ChatRequest } from "./types.js";

export type ChatBody = Omit<ChatCompletionCreateParamsNonStreaming, "stream">;

export function chatBody(model: string, request: ChatRequest, withSchema: boolean): ChatBody {
  const body: ChatBody = { model, messages: request.messages.map((m) => ({ role: m.role, content: m.content })) };
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.seed !== undefined) body.seed = request.seed;
  if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
  if (withSchema && request.jsonSchema) {
    body.response_format = { type: "json_schema", json_schema: { name: request.jsonSchema.name, schema: request.jsonSchema.schema } };
  }
  return body;
}
