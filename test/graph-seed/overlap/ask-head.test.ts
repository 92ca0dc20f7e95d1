import { describe, expect, it } from 'vitest';
import { splitAsks } from '../../../graph-seed/src/overlap/asks';

const asks = (text: string) => splitAsks('prov:t:1', text).map((a) => a.text);

describe('a head joins the ask after it', () => {
  it('reads the operative verb, its addressees and a circumstance with the ask they introduce', () => {
    expect(
      asks(
        'Invites Governments, with the support of the United Nations, when necessary, taking into account best practices, to provide training for law enforcement officials;',
      ),
    ).toHaveLength(1);
  });

  it('reads a light verb with a general object as part of the ask it is specified by', () => {
    const out = asks(
      'Urges Governments, in accordance with their legal systems, to take all appropriate measures, including through legislation, to facilitate access to justice for victims, and encourages Governments to prevent victims from being punished for their illegal entry;',
    );
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^Urges Governments.*access to justice for victims$/);
  });

  it('keeps two asks with their own verbs apart', () => {
    expect(
      asks(
        'Calls upon Governments to criminalize all forms of trafficking, and to punish the offenders involved;',
      ),
    ).toHaveLength(2);
  });
});

describe('coordinated verbs that share one object', () => {
  it('keeps "training for, and to raise awareness among, <officials>" one ask (A/RES/77/194 para. 39)', () => {
    const out = asks(
      'Urges Governments to provide or strengthen training for, and to raise awareness among, law enforcement, judicial, immigration and other relevant officials on the prevention and combating of human trafficking;',
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/training for, and to raise awareness among, law enforcement/);
  });
});
