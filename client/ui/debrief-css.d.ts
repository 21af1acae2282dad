// uPlot's stylesheet, imported for its side effect (Vite bundles it with the debrief's chunk).
declare module "uplot/dist/uPlot.min.css";
