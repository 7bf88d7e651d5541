declare module 'virtual:offboard-library' {
  import type { Template } from './types';
  const templates: Template[];
  export default templates;
}
