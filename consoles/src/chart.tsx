import { BarChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { type ComposeOption, init, use } from "echarts/core";
import type { BarSeriesOption, PieSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only what the dashboard draws: bars and pies, drawn as SVG (crisp in screenshots and print).
use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/**
 * A thin wrapper around echarts: the option in, a click on a bar or slice out (its category or name
 * and series), so each chart drills down. The chart has a text alternative for screen readers.
 */
export function Chart({ option, onPick, label, height = 280 }: { option: ChartOption; onPick?(name: string, series?: string): void; label: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const chart = useRef<ReturnType<typeof init> | null>(null);
  useEffect(() => {
    const c = init(ref.current!, undefined, { renderer: "svg" });
    chart.current = c;
    c.on("click", (p) => pick.current?.(String(p.name), p.seriesName));
    const resize = () => c.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ animation: false, textStyle: { fontFamily: "Noto Sans CJK SC, sans-serif" }, ...option }, true);
  }, [option]);
  return <div ref={ref} className="chart" role="img" aria-label={label} style={{ height }} />;
}

export const RED = "#c0392b";
export const YELLOW = "#e0a526";
export const GREEN = "#2e8b57";
export const BLUE = "#1f5fa8";
