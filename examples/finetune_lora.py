"""Fine-tune a causal LM with LoRA adapters (PEFT) on an instruction dataset.

Uses bf16 mixed precision and gradient checkpointing so a 7B model fits on one 24 GB GPU.
"""
import torch
from datasets import load_dataset
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments

MODEL = "meta-llama/Llama-2-7b-hf"

tokenizer = AutoTokenizer.from_pretrained(MODEL)
tokenizer.pad_token = tokenizer.eos_token

model = AutoModelForCausalLM.from_pretrained(MODEL, torch_dtype=torch.bfloat16)
# 开启梯度检查点以节省显存：反向传播时重新计算激活，而不是全部保存
model.gradient_checkpointing_enable()

# LoRA: freeze the base weights and learn low-rank updates for the attention projections.
lora = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM")
model = get_peft_model(model, lora)
model.print_trainable_parameters()

data = load_dataset("tatsu-lab/alpaca", split="train")


def tokenize(example):
    # Truncate to the context window; longer samples would need a sliding window.
    return tokenizer(example["text"], truncation=True, max_length=1024)


data = data.map(tokenize, remove_columns=data.column_names)

args = TrainingArguments(
    output_dir="out/lora",
    per_device_train_batch_size=4,
    gradient_accumulation_steps=8,  # gradient accumulation: effective batch of 32 sequences
    learning_rate=2e-4,
    lr_scheduler_type="cosine",
    warmup_ratio=0.03,  # learning-rate warmup for the first 3% of steps
    bf16=True,  # bf16 mixed precision, no loss scaling needed
    max_grad_norm=1.0,  # gradient clipping against loss spikes
    logging_steps=10,
)
Trainer(model=model, args=args, train_dataset=data, tokenizer=tokenizer).train()
