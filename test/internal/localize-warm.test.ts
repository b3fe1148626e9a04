import { expect } from '@open-wc/testing';
import { watchingYields } from '../helpers/yields.js';
import { LocalizeController } from '../../src/internal/localize.js';
import { localizeHost } from '../helpers/localize-host.js';

describe('LocalizeController.warm()', () => {
  it('loads the locale data one step per task, and settles when done', async () => {
    // Count the task boundaries warm() asks for: one long step would be one long task on a phone.
    let yields = 0;
    const el = localizeHost('es-AR');
    try {
      const i18n = new LocalizeController(el, 'test', {});
      i18n.hostConnected();
      await watchingYields(
        () => yields++,
        async () => {
          const ready = i18n.warm({ sorting: true });
          expect(i18n.warm({ sorting: true }), 'one chain per locale').to.equal(ready);
          await ready;
        },
      );
      // Locale, plurals, numbers, dates, the visitor's zone, lists, sorting: seven steps, seven tasks;
      // and the Spanish pack's request, which starts in a task of its own.
      expect(yields).to.equal(8);
      expect(i18n.date('2024-09-10')).to.equal('10 de septiembre de 2024');
    } finally {
      el.remove();
    }
  });
});
