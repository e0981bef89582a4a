// Knowledge distillation config for a TypeScript training orchestrator.
// The student learns from the teacher's softened logits (temperature T) plus the hard labels.
export interface DistillationConfig {
  teacher: string;
  student: string;
  /** Softmax temperature for the soft targets; the KL term is scaled by T^2. */
  temperature: number;
  /** Weight of the distillation loss against the cross-entropy on hard labels. */
  alpha: number;
}

export const defaultDistillation: DistillationConfig = {
  teacher: "Qwen/Qwen2-7B-Instruct",
  student: "Qwen/Qwen2-0.5B-Instruct",
  temperature: 2.0,
  alpha: 0.5,
};

/* Pruning after distillation: structured pruning removes whole heads/channels,
   which real hardware can exploit; unstructured sparsity needs special kernels. */
export function describe(cfg: DistillationConfig): string {
  return `distill ${cfg.teacher} -> ${cfg.student} at T=${cfg.temperature}`;
}
