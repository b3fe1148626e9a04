export default {
  globs: ['src/**/*.component.ts', 'src/internal/recovery-element.ts', 'src/internal/settings-element.ts'],
  outdir: '.',
  litelement: true,
};
