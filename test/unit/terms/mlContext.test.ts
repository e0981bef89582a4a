import assert from 'node:assert/strict';
import { detectMlContext } from '../../../src/core/terms/mlContext';

describe('detectMlContext', () => {
  it('recognises ML imports across languages', () => {
    const ml = [
      'import torch\n',
      'from transformers import AutoModel',
      '  import torch.nn as nn',
      'import os, sys, torch',
      'from peft import LoraConfig',
      'import jax.numpy as jnp',
      "import * as tf from '@tensorflow/tfjs';",
      "const { pipeline } = require('@huggingface/transformers');",
      '#include <torch/extension.h>',
      'use candle_core::Tensor;',
      'using Flux',
      'library(keras)',
      'torchrun --nproc_per_node 8 train.py',
      'deepspeed --num_gpus 8 train.py',
      'accelerate launch train.py',
      'RUN pip install torch transformers',
      'FROM nvcr.io/nvidia/pytorch:24.05-py3',
      'gradient_accumulation_steps: 4',
    ];
    for (const text of ml) assert.ok(detectMlContext(text).ml, text);
  });

  it('stays off for ordinary code', () => {
    const plain = ['import os\nimport numpy as np', "import React from 'react'", '#include <stdio.h>', 'git fetch --prune', '# we could import torch later', 'from torchlight import x', 'import os, torchlight'];
    for (const text of plain) assert.equal(detectMlContext(text).ml, false, text);
  });

  it('says what gave it away', () => {
    assert.equal(detectMlContext('x = 1\nfrom vllm import LLM\n').evidence, 'from vllm');
  });
});
