/** Devices listed in full in a dry run's request bodies; longer lists are summarised. */
const SHOWN_DEVICES = 20;

/** Markdown showing the request bodies a dry run would have sent. */
export function describeRequestBodies(operation: string, bodies: readonly { deviceUids: readonly string[] }[]): string {
  const shown = bodies.map((body) => {
    const { deviceUids } = body;
    const listed =
      deviceUids.length <= SHOWN_DEVICES
        ? deviceUids
        : [...deviceUids.slice(0, SHOWN_DEVICES), `... and ${deviceUids.length - SHOWN_DEVICES} more`];
    return `\`\`\`json\n${JSON.stringify({ ...body, deviceUids: listed }, null, 2)}\n\`\`\``;
  });
  return `Would send ${bodies.length} request(s) to ${operation}:\n${shown.join('\n')}\n`;
}
