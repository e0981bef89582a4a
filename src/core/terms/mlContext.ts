// File-level evidence that a document is ML code: imports of ML libraries (in the import syntax of
// each language), ML launchers in scripts, ML base images, training-config keys. Ambiguous aliases
// ("warmup", "prune", "quantize") may then match in comments that name no other term.

export interface MlContext {
  ml: boolean;
  /** The text that gave it away, for debugging and the CLI. */
  evidence?: string;
}

/** Python/Julia-style module names; also matched in `pip install` lines. */
const ML_MODULES = [
  'torch', 'torchvision', 'torchaudio', 'torchtext', 'torchao', 'torchmetrics', 'torchrl', 'torchattacks',
  'transformers', 'datasets', 'tokenizers', 'peft', 'trl', 'accelerate', 'evaluate', 'diffusers',
  'huggingface_hub', 'safetensors', 'sentence_transformers', 'sentencepiece', 'tiktoken', 'bitsandbytes',
  'deepspeed', 'megatron', 'apex', 'fairscale', 'fairseq', 'colossalai', 'horovod', 'byteps',
  'vllm', 'sglang', 'tensorrt_llm', 'tensorrt', 'onnxruntime', 'triton', 'xformers', 'flash_attn',
  'jax', 'jaxlib', 'flax', 'optax', 'haiku', 'equinox', 'orbax',
  'tensorflow', 'tf_keras', 'keras', 'tensorflow_datasets', 'tensorflow_privacy', 'tensorflow_federated',
  'tensorflow_model_optimization', 'tfmot',
  'sklearn', 'xgboost', 'lightgbm', 'catboost', 'imblearn', 'hmmlearn', 'sklearn_crfsuite', 'pycrfsuite',
  'lightning', 'pytorch_lightning', 'timm', 'mmcv', 'mmdet', 'detectron2', 'ultralytics',
  'paddle', 'paddlenlp', 'mindspore', 'mxnet', 'gluonts', 'caffe', 'theano', 'oneflow', 'modelscope',
  'unsloth', 'axolotl', 'llama_cpp', 'llama_index', 'langchain', 'langchain_core', 'openai', 'anthropic',
  'gensim', 'spacy', 'nltk', 'jieba', 'pkuseg', 'hanlp', 'ltp',
  'wandb', 'mlflow', 'optuna', 'hyperopt', 'ray', 'captum', 'shap', 'lime', 'opacus', 'flwr', 'avalanche',
  'learn2learn', 'einops', 'auto_gptq', 'gptqmodel', 'awq', 'llmcompressor', 'nncf', 'stable_baselines3',
];

const MODULE_ALTERNATION = ML_MODULES.join('|');

const PATTERNS: RegExp[] = [
  // Python: `import torch`, `from transformers import …`, `import torch.nn as nn`; Julia-ish `import Flux`.
  new RegExp(`^[ \\t]*(?:import|from|cimport)[ \\t]+(?:${MODULE_ALTERNATION})\\b`, 'm'),
  // … or later in an import list: `import os, torch`.
  new RegExp(`^[ \\t]*import[ \\t][\\w., \\t]*?,[ \\t]*(?:${MODULE_ALTERNATION})\\b`, 'm'),
  // JavaScript / TypeScript.
  /(?:\bfrom|\brequire\(|\bimport\()\s*['"](?:@tensorflow\/|@huggingface\/|@xenova\/transformers|onnxruntime|openai|@anthropic-ai\/|langchain|@langchain\/|ollama|@mlc-ai\/|ml5|brain\.js|@mediapipe\/)/,
  // C / C++ / CUDA.
  /#include\s*[<"](?:torch\/|ATen\/|c10\/|NvInfer|tensorflow\/|onnxruntime|cudnn|cutlass\/|flashinfer|tensorrt_llm|ggml|llama\.h)/,
  // Rust, Julia, C#, R.
  /\buse\s+(?:tch|candle_core|candle_nn|candle_transformers|burn|ort|tokenizers|linfa)::/,
  /\busing\s+(?:Flux|Lux|MLJ|TorchSharp|TensorFlow|Microsoft\.ML|Transformers)\b/,
  /\blibrary\(\s*(?:keras|tensorflow|torch|caret|xgboost|randomForest|mlr3|tidymodels|glmnet|e1071)\s*\)/,
  // Shell scripts, Dockerfiles, Makefiles: launchers, installs, base images.
  /\b(?:torchrun|deepspeed\s+(?:--|\S+\.py)|accelerate\s+launch|python3?\s+-m\s+torch\.distributed)/,
  new RegExp(`\\b(?:pip3?|uv\\s+pip|conda)\\s+install\\b[^\\n]*?\\b(?:${MODULE_ALTERNATION}|scikit-learn)\\b`),
  /\bFROM\s+(?:pytorch\/|nvcr\.io\/nvidia\/(?:pytorch|tensorflow|nemo|tritonserver)|tensorflow\/tensorflow|huggingface\/|vllm\/)/,
  // Training configs (YAML, JSON, TOML): keys no other kind of file uses.
  /["']?\b(?:learning_rate|gradient_accumulation_steps|per_device_train_batch_size|num_train_epochs|lr_scheduler_type|model_name_or_path|zero_optimization|train_micro_batch_size_per_gpu|warmup_steps|lora_alpha)\b["']?\s*[:=]/,
];

/** Whether `text` (a whole file, or a whole notebook's cells joined) is ML code. */
export function detectMlContext(text: string): MlContext {
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { ml: true, evidence: m[0].trim() };
  }
  return { ml: false };
}
