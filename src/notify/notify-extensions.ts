import { Injectable } from '@nestjs/common';

/** Counts the appointments booked for a unit's date (the appointments module provides it). */
export type AppointmentCounter = (unitId: string, date: string) => Promise<number>;

/**
 * Seams for modules that come later: the appointments module registers its counter here (for the
 * digest) and plans department invitations through NotificationsService.planForSource.
 */
@Injectable()
export class NotifyExtensions {
  appointmentCounter: AppointmentCounter | null = null;

  registerAppointmentCounter(counter: AppointmentCounter): void {
    this.appointmentCounter = counter;
  }
}
