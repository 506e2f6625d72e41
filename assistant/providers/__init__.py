"""The one provider seam: chat models (OpenAI and compatible servers, fakes) and embedders (local e5, OpenAI, hashing).

May import only `assistant.core`."""
