import { savedList, type Persistent } from './persistent';

export interface FreezeMessage {
  messageUid: string;
  name: string;
  content: string;
  createdBy: string;
  changedBy: string;
  createdMs: number;
  changedMs: number;
}

/** Saved freeze messages, listed oldest first (stable order keeps cursors meaningful). */
export class FreezeMessageStore implements Persistent {
  private readonly messages = new Map<string, FreezeMessage>();

  snapshot(): unknown {
    return this.list();
  }

  restore(data: unknown): void {
    this.messages.clear();
    for (const message of savedList<FreezeMessage>(data)) this.add(message);
  }

  list(): FreezeMessage[] {
    return [...this.messages.values()];
  }

  get(messageUid: string): FreezeMessage | undefined {
    return this.messages.get(messageUid.toLowerCase());
  }

  add(message: FreezeMessage): void {
    this.messages.set(message.messageUid, message);
  }

  update(messageUid: string, changes: { name: string; content: string; changedBy: string; changedMs: number }): boolean {
    const message = this.get(messageUid);
    if (!message) return false;
    Object.assign(message, changes);
    return true;
  }

  delete(messageUid: string): boolean {
    return this.messages.delete(messageUid.toLowerCase());
  }

  /** Starts the account with no saved messages (the "empty account" case). */
  clear(): void {
    this.messages.clear();
  }
}

/** A few messages a real account would have saved, created shortly before the fleet epoch. */
export function seedFreezeMessages(store: FreezeMessageStore, newUid: () => string, epochMs: number): void {
  const samples = [
    { name: 'Lost device', content: '<p>This device has been reported lost. Please contact the IT Service Desk at +1-555-0100.</p>' },
    { name: 'Return to IT', content: '<p>This device is frozen by ACME IT. Bring it to the nearest IT desk to have it unlocked.</p>' },
    { name: 'Security hold', content: '<p>Security hold: unusual activity was detected. Call security at +1-555-0199.</p>' },
  ];
  samples.forEach((sample, i) => {
    const createdMs = epochMs - (30 - i) * 86_400_000;
    store.add({
      messageUid: newUid(),
      ...sample,
      createdBy: 'it.admin@acme.example',
      changedBy: 'it.admin@acme.example',
      createdMs,
      changedMs: createdMs,
    });
  });
}
