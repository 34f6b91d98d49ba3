'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { HourlyBar } from '@/lib/tv/hourly';

/**
 * Stacked hourly bars sized for a room: large ticks, two colours from the theme, no tooltip. The
 * ticks are in rem, which grows with the screen, so the value axis takes the width its labels
 * need ("auto"): a fixed width cut "120" to "20" on a 3840×2160 wall.
 */
export function TvHourlyChart({
  bars,
  labels,
}: {
  bars: HourlyBar[];
  labels: { answered: string; notAnswered: string };
}) {
  const tick = { fill: 'var(--color-tv-muted)', fontSize: '1.3rem' };
  return (
    <div className="min-h-0 flex-1" data-testid="tv-hourly-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--color-tv-line)" />
          <XAxis
            dataKey="hour"
            tick={tick}
            stroke="var(--color-tv-line)"
            interval="preserveStartEnd"
          />
          <YAxis allowDecimals={false} tick={tick} stroke="var(--color-tv-line)" width="auto" />
          <Legend wrapperStyle={{ fontSize: '1.3rem', color: 'var(--color-tv-text)' }} />
          <Bar
            dataKey="answered"
            name={labels.answered}
            stackId="calls"
            fill="var(--color-ok)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="notAnswered"
            name={labels.notAnswered}
            stackId="calls"
            fill="var(--color-alert)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
