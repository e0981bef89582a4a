// Everything behind the activation stand-ins (src/extension.ts): loaded on first use.
export { activateFeatures } from '../features';
