import { uuidFrom } from '../../util/ids';
import { hash32, mulberry32, stringHash } from '../../util/prng';
import { emptyIncidentData, type EumMessageRecord, type EumRequestRecord, type IncidentData, type MissingRecord } from './incident-data';

/**
 * The missing-device reports, Send Message requests and saved End User Messages of the simulated
 * account. All of it lives in `data` (plain JSON); this class only adds lookups and id minting.
 * Ids come from their own counter, so adding these resources never shifts the ids other
 * resources mint (the generated README's examples rely on stable ids).
 */
export class IncidentState {
  private found: Set<number>;

  constructor(
    private readonly seed: number,
    public data: IncidentData = emptyIncidentData(),
  ) {
    this.found = new Set(data.foundIndices);
  }

  /** Replaces the whole state with a saved copy (the inverse of `JSON.stringify(this.data)`). */
  restore(data: IncidentData): void {
    this.data = structuredClone(data);
    this.found = new Set(this.data.foundIndices);
  }

  uuid(): string {
    this.data.idCounter += 1;
    return uuidFrom(mulberry32(hash32(this.seed, stringHash('incident-ids'), this.data.idCounter)));
  }

  requestId(): string {
    this.data.requestCounter += 1;
    return String(this.data.requestCounter);
  }

  /** Whether anything here changes how device `index` is reported. */
  touches(index: number): boolean {
    return this.data.missing[String(index)] !== undefined || this.found.has(index);
  }

  missingRecord(index: number): MissingRecord | undefined {
    return this.data.missing[String(index)];
  }

  /** Indices with an API-made missing report, for listings. */
  reportedIndices(): number[] {
    return Object.values(this.data.missing).map((r) => r.deviceIndex);
  }

  isFound(index: number): boolean {
    return this.found.has(index);
  }

  markMissing(record: MissingRecord): void {
    this.data.missing[String(record.deviceIndex)] = record;
  }

  /** Clears an API-made report, and hides a generated one from then on. */
  markFound(index: number, generatedMissing: boolean): void {
    delete this.data.missing[String(index)];
    if (generatedMissing && !this.found.has(index)) {
      this.found.add(index);
      this.data.foundIndices.push(index);
    }
  }

  addEumRequest(request: EumRequestRecord): void {
    this.data.eumRequests.push(request);
  }

  findEumRequest(requestUid: string): EumRequestRecord | undefined {
    const wanted = requestUid.toLowerCase();
    return this.data.eumRequests.find((r) => r.requestUid === wanted);
  }

  eumMessage(messageUid: string): EumMessageRecord | undefined {
    const wanted = messageUid.toLowerCase();
    return this.data.eumMessages.find((m) => m.messageUid === wanted);
  }

  /** A few End User Messages a real account would have saved in the console. */
  seedEumMessages(epochMs: number): void {
    const author = this.uuid();
    const samples = [
      {
        name: 'Device reported lost',
        content: '<p>This device has been reported lost. Please call the IT Service Desk at +1-555-0100 now.</p>',
      },
      { name: 'Return your device', content: '<p>Please return this device to the nearest ACME IT desk today.</p>' },
      { name: 'Security notice', content: '<p>Unusual activity was detected on this device. Do not sign in until Security calls you.</p>' },
    ];
    samples.forEach((sample, i) => {
      const createdMs = epochMs - (40 - i) * 86_400_000;
      this.data.eumMessages.push({
        messageUid: this.uuid(),
        ...sample,
        createdMs,
        updatedMs: createdMs,
        createdByUserUid: author,
        updatedByUserUid: author,
      });
    });
  }
}
