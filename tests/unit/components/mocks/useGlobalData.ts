/** Plugin global data for the tests; a test may fill it before rendering. */
export const globalData: Record<string, Record<string, unknown>> = {};

export default function useGlobalData() {
  return globalData;
}

export function usePluginData(pluginName: string, pluginId = 'default'): unknown {
  return globalData[pluginName]?.[pluginId];
}
