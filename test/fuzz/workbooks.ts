// The hostile-workbook makers live in bench/shapes.ts (the bench measures the worst shapes too).
export * from '../../bench/shapes';
