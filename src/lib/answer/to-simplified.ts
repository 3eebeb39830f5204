let loading: Promise<(t: string) => string> | undefined;

/**
 * Loads opencc-js's Traditional → Simplified table (its own lazily-loaded chunk) and returns a
 * converter. Taiwan phrases become mainland words (軟體 → 软件), then Hong Kong variants are folded
 * (衞 → 卫). Loaded once; later calls share it. Only call it when `mayBeTraditional` says so.
 * @example const toSimplified = await loadToSimplified(); toSimplified('不可以退貨') // '不可以退货'
 */
export async function loadToSimplified(): Promise<(t: string) => string> {
  loading ??= import('opencc-js/t2cn').then(({ Converter }) => {
    const taiwan = Converter({ from: 'twp', to: 'cn' });
    const hongKong = Converter({ from: 'hk', to: 'cn' });
    return (text: string) => hongKong(taiwan(text));
  });
  // A failed load (offline before the chunk was cached) may succeed next time.
  loading.catch(() => (loading = undefined));
  return loading;
}
