// Next period's bloc head and deputy: as given in `Thông tin`, or suggested by the rotation order of `Đơn vị`.

import type { Appointment, Bloc } from './model';
import { fold } from './text';

function indexOf(bloc: Bloc, name: string | null): number {
  if (!name) return -1;
  const f = fold(name);
  return bloc.units.findIndex((u) => fold(u.name) === f || (u.shortName != null && fold(u.shortName) === f));
}

function after(bloc: Bloc, index: number): string | null {
  const n = bloc.units.length;
  return index < 0 || n === 0 ? null : bloc.units[(index + 1) % n].name;
}

export function nextAppointments(bloc: Bloc): { head: Appointment; deputy: Appointment } {
  const { info } = bloc;
  const head: Appointment = info.nextHead
    ? { unit: info.nextHead, suggested: false }
    : { unit: after(bloc, indexOf(bloc, info.head)), suggested: true };
  const deputy: Appointment = info.nextDeputy
    ? { unit: info.nextDeputy, suggested: false }
    : { unit: after(bloc, indexOf(bloc, head.unit)), suggested: true };
  if (deputy.unit != null && deputy.unit === head.unit) deputy.unit = null;
  return { head, deputy };
}
