# Pre-training loop with FSDP (fully sharded data parallelism) and torch.autocast.
# Each rank holds a shard of parameters, gradients and optimizer state, like ZeRO-3.
import functools
import os

import torch
import torch.distributed as dist
from torch.distributed.fsdp import FullyShardedDataParallel as FSDP, MixedPrecision
from torch.distributed.fsdp.wrap import transformer_auto_wrap_policy
from transformers import AutoModelForCausalLM
from transformers.models.llama.modeling_llama import LlamaDecoderLayer


def main():
    dist.init_process_group("nccl")
    torch.cuda.set_device(int(os.environ["LOCAL_RANK"]))
    model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-2-13b-hf")

    # 混合精度：参数和计算用 bf16，梯度规约保持 fp32 以免精度损失
    bf16 = MixedPrecision(param_dtype=torch.bfloat16, reduce_dtype=torch.float32, buffer_dtype=torch.bfloat16)
    wrap = functools.partial(transformer_auto_wrap_policy, transformer_layer_cls={LlamaDecoderLayer})
    model = FSDP(model, auto_wrap_policy=wrap, mixed_precision=bf16, device_id=torch.cuda.current_device())

    # AdamW with decoupled weight decay; warmup then cosine decay of the learning rate.
    opt = torch.optim.AdamW(model.parameters(), lr=3e-4, betas=(0.9, 0.95), weight_decay=0.1)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-4, total_steps=100_000, pct_start=0.02)

    for step, batch in enumerate(loader()):
        loss = model(**batch).loss
        loss.backward()
        # Clip the global gradient norm: guards against exploding gradients, not vanishing ones.
        model.clip_grad_norm_(1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        if step % 100 == 0 and dist.get_rank() == 0:
            print(f"step {step} loss {loss.item():.3f} perplexity {loss.exp().item():.1f}")


def loader():
    raise NotImplementedError("plug in a tokenized, packed dataset here")


if __name__ == "__main__":
    main()
