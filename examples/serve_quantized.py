# Serve a 4-bit quantized model. Weight-only quantization (NF4) shrinks memory ~4x;
# the KV cache, not the weights, then dominates memory for long prompts.
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig

MODEL = "mistralai/Mistral-7B-Instruct-v0.2"

# QLoRA-style NF4 quantization with double quantization; compute still runs in bf16.
quant = BitsAndBytesConfig(
    load_in_4bit=True,
    bnb_4bit_quant_type="nf4",
    bnb_4bit_use_double_quant=True,
    bnb_4bit_compute_dtype=torch.bfloat16,
)
tok = AutoTokenizer.from_pretrained(MODEL)
model = AutoModelForCausalLM.from_pretrained(MODEL, quantization_config=quant, device_map="auto")


@torch.inference_mode()
def generate(prompt: str) -> str:
    inputs = tok(prompt, return_tensors="pt").to(model.device)
    # use_cache=True keeps the KV cache so each new token attends to cached keys/values.
    # Top-p (nucleus) sampling with a moderate temperature for chat-style answers.
    out = model.generate(**inputs, max_new_tokens=256, do_sample=True, temperature=0.7, top_p=0.9, use_cache=True)
    return tok.decode(out[0][inputs["input_ids"].shape[1]:], skip_special_tokens=True)


if __name__ == "__main__":
    # 推理加速：量化 + KV 缓存；高并发服务可换用 vLLM 的 PagedAttention 与连续批处理
    print(generate("Explain knowledge distillation in one paragraph."))
