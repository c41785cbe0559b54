// Generated from openapi.json by `npm run api:types`: do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UnitsController_update"];
        trace?: never;
    };
    "/api/v1/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SubjectsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LeadersController_list"];
        put?: never;
        post: operations["LeadersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LeadersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["LeadersController_update"];
        trace?: never;
    };
    "/api/v1/leaders/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LeadersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DepartmentsController_list"];
        put?: never;
        post: operations["DepartmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DepartmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["DepartmentsController_update"];
        trace?: never;
    };
    "/api/v1/departments/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DepartmentsController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarYearsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarYearsController_get"];
        put: operations["CalendarYearsController_confirm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CalendarYearsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/holiday-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HolidayStatusController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitCalendarController_month"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitCalendarController_listOverrides"];
        put?: never;
        post: operations["UnitCalendarController_createOverride"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/calendar/overrides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["UnitCalendarController_removeOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitCalendarYearsController_state"];
        put: operations["UnitCalendarYearsController_confirm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/calendar/years/{year}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitCalendarYearsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/special-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SpecialPeriodsController_list"];
        put?: never;
        post: operations["SpecialPeriodsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/special-periods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SpecialPeriodsController_get"];
        put?: never;
        post?: never;
        delete: operations["SpecialPeriodsController_remove"];
        options?: never;
        head?: never;
        patch: operations["SpecialPeriodsController_update"];
        trace?: never;
    };
    "/api/v1/leaders/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AvailabilityController_listForLeader"];
        put?: never;
        post: operations["AvailabilityController_addForLeader"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AvailabilityController_listForUnit"];
        put?: never;
        post: operations["AvailabilityController_addForUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/availability/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AvailabilityController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AbsencesController_addRanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/absences/paste": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AbsencesController_paste"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/rosters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_list"];
        put?: never;
        post: operations["SolveJobsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/roster-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/roster-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/roster-year": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_yearTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/assignments/{aid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["RosterController_edit"];
        trace?: never;
    };
    "/api/v1/rosters/{id}/assignments/{aid}/substitutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_substitutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/assignments/{aid}/consequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_consequences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RosterController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RosterController_notice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/assignments/{aid}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConfirmationsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/unconfirmed-duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConfirmationsController_unconfirmed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-confirmations/{aid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConfirmationsController_linkPage"];
        put?: never;
        post: operations["ConfirmationsController_linkConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_month"];
        put: operations["AttendanceController_record"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/attendance-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priority-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_list"];
        put?: never;
        post: operations["CasesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priority-cases/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CasesController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priority-cases/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priority-cases/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priority-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CasesController_update"];
        trace?: never;
    };
    "/api/v1/priority-cases/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CasesController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priority-cases/{id}/hand-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CasesController_handOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priority-cases/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CasesController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priority-cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CasesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/appointments/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_match"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/postpone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_postpone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/reception": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_recordReception"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reception-records/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/reception-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_receptionRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/reception-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/walk-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WalkInsController_list"];
        put?: never;
        post: operations["WalkInsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/walk-ins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WalkInsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/walk-ins/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WalkInsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/walk-ins/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WalkInsController_followUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/walk-ins/{id}/case-leader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WalkInsController_caseLeader"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/walk-ins/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WalkInsController_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaders/{leaderId}/briefing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BriefingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaders/{leaderId}/briefing.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BriefingController_sheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/hall-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HallStatsController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/hall-figures.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HallStatsController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/hall-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HallStatsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaders/{id}/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FeedSubscriptionsController_leaderFeed"];
        put?: never;
        post?: never;
        delete: operations["FeedSubscriptionsController_revokeLeaderFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaders/{id}/feed/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FeedSubscriptionsController_rotateLeaderFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FeedSubscriptionsController_unitFeed"];
        put?: never;
        post?: never;
        delete: operations["FeedSubscriptionsController_revokeUnitFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/feed/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FeedSubscriptionsController_rotateUnitFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FeedSubscriptionsController_departmentFeed"];
        put?: never;
        post?: never;
        delete: operations["FeedSubscriptionsController_revokeDepartmentFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}/feed/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FeedSubscriptionsController_rotateDepartmentFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FeedSubscriptionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["FeedSubscriptionsController_revokeOne"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaders/{id}/feed/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FeedLinkDeliveryController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/notify-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_getSettings"];
        put: operations["NotificationsController_putSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyNotificationsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DutyRequestsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/duty-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DutyRequestsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DutyRequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-requests/{id}/substitutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DutyRequestsController_substitutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DutyRequestsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DutyRequestsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DutyRequestsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DutyRequestsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-requests/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DutyRequestsController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/solve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SolveJobsController_solve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SolveJobsController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solve-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SolveJobsController_queues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}/solve-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SolveJobsController_recent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solve-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SolveJobsController_get"];
        put?: never;
        post?: never;
        delete: operations["SolveJobsController_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solve-jobs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SolveJobsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Me: {
            id: string;
            username: string;
            /** @enum {string} */
            role: "admin" | "office" | "petition" | "politics" | "leader" | "department";
            unitId: string;
            leaderId: string | null;
            departmentId: string | null;
        };
        LoginResult: {
            accessToken: string;
            expiresAt: string;
        };
        RosterRules: {
            normalSessions: ("AM" | "PM")[];
            normalLeadersPerSession: number;
            spacingWorkingDays: number;
        };
        Unit: {
            id: string;
            code: string;
            name: string;
            receptionVenue: string;
            sessionTemplates: {
                /** @enum {string} */
                code: "AM" | "PM";
                start: string;
                end: string;
            }[];
            rosterRules: components["schemas"]["RosterRules"] | null;
            issuingOffice: string;
            deadlineRollsToWorkingDay: boolean;
        };
        Leader: {
            id: string;
            unitId: string;
            code: string;
            name: string;
            title: string;
            protocolOrder: number;
            /** @enum {string} */
            rotationPool: "party_government" | "npc" | "cppcc";
            portfolioSubjects: string[];
            portfolioText: string;
            minSessionsPerMonth: number;
            maxSessionsPerMonth: number;
            maxSessionsPerQuarter: number | null;
            minSessionsPerQuarter: number | null;
            /** @enum {string} */
            rank: "principal" | "standing" | "vice_mayor" | "npc" | "cppcc" | "other";
            venue: string | null;
            publicReception: boolean;
            active: boolean;
            version: number;
        };
        Subject: {
            code: string;
            name: string;
            restricted: boolean;
        };
        Department: {
            id: string;
            unitId: string;
            name: string;
            subjectCodes: string[];
            active: boolean;
        };
        Finding: {
            /** @enum {string} */
            severity: "error" | "warning";
            rule: string;
            ruleName: string;
            message: string;
            date?: string;
            /** @enum {string} */
            session?: "AM" | "PM" | "CALL";
            leaderId?: string;
            dates?: string[];
            to?: string;
        };
        Assignment: {
            id: string;
            date: string;
            /** @enum {string} */
            session: "AM" | "PM" | "CALL";
            leaderId: string;
            pinned: boolean;
            confirmedAt: string | null;
        };
        Roster: {
            id: string;
            unitId: string;
            month: string;
            /** @enum {string} */
            status: "draft" | "published" | "amending";
            version: number;
            publishedVersion: number;
            solver: {
                status: string;
                objective: number | null;
                bound: number | null;
                seconds: number;
            } | null;
            assignments: components["schemas"]["Assignment"][];
            findings: components["schemas"]["Finding"][];
        };
        EditedRoster: components["schemas"]["Roster"] & {
            brokenRules: components["schemas"]["Finding"][];
        };
        RosterSummary: {
            id: string;
            unitId: string;
            month: string;
            /** @enum {string} */
            status: "draft" | "published" | "amending";
            version: number;
            publishedVersion: number;
            updatedAt: string;
        };
        DutyChange: {
            /** @enum {string} */
            change: "added" | "removed";
            date: string;
            /** @enum {string} */
            session: "AM" | "PM" | "CALL";
            leaderId: string;
        };
        RosterVersion: {
            number: number;
            publishedAt: string;
            publishedByName: string;
            reason: string | null;
            changes: components["schemas"]["DutyChange"][];
        };
        RosterDiff: {
            from: number;
            to: number;
            changes: components["schemas"]["DutyChange"][];
        };
        LeaderFigures: {
            leaderId: string;
            code: string;
            name: string;
            quota: {
                minPerMonth: number;
                maxPerMonth: number;
                maxPerQuarter: number | null;
            };
            months: {
                month: string;
                planned: number;
                sat: number;
            }[];
            year: {
                planned: number;
                sat: number;
            };
        };
        MonthFigures: {
            month: string;
            /** @enum {string} */
            status: "draft" | "published" | "amending";
            publishedVersion: number;
            sessionsRequired: number;
            sessionsCovered: number;
            preferencesHonoured: number;
            preferencesTotal: number;
            spacingBreaks: number;
        };
        RosterStats: {
            year: number;
            leaders: components["schemas"]["LeaderFigures"][];
            months: components["schemas"]["MonthFigures"][];
        };
        RosterYear: {
            year: number;
            months: {
                month: string;
                rosterId: string | null;
                /** @enum {string|null} */
                status: "draft" | "published" | "amending" | null;
                publishedVersion: number;
            }[];
            periods: {
                id: string;
                name: string;
                startDate: string;
                endDate: string;
                quotaPerLeader: number | null;
            }[];
            leaders: {
                leaderId: string;
                code: string;
                name: string;
                quota: {
                    minPerMonth: number;
                    maxPerMonth: number;
                    minPerQuarter: number | null;
                    maxPerQuarter: number | null;
                };
                months: {
                    month: string;
                    planned: number;
                    published: number;
                    onCall: number;
                }[];
                quarters: {
                    quarter: number;
                    normal: number;
                    reception: number;
                }[];
                periods: {
                    periodId: string;
                    planned: number;
                    quota: number;
                    onCall: number;
                }[];
            }[];
        };
        AppointmentImpact: {
            stay: {
                caseCode: string;
            }[];
            move: {
                caseCode: string;
                receiveBefore: string | null;
                next: {
                    date: string;
                    /** @enum {string} */
                    session: "AM" | "PM" | "CALL";
                    leaderId: string;
                    leaderName: string;
                } | null;
            }[];
        };
        SubstituteOption: {
            leaderId: string;
            name: string;
            penalty: number;
            status: string;
            consequences: components["schemas"]["Finding"][];
            appointments: components["schemas"]["AppointmentImpact"];
        };
        DutySubstitutes: {
            date: string;
            session: string;
            leaderId: string;
            options: components["schemas"]["SubstituteOption"][];
            seconds: number;
        };
        DutyConsequences: {
            date: string;
            session: string;
            leaderId: string;
            possible: boolean;
            consequences: components["schemas"]["Finding"][];
            appointments: components["schemas"]["AppointmentImpact"];
        };
        DutyConfirmation: {
            assignmentId: string;
            rosterId: string;
            date: string;
            /** @enum {string} */
            session: "AM" | "PM" | "CALL";
            leaderId: string;
            confirmedAt: string | null;
            confirmedVia: string | null;
        };
        UnconfirmedDuty: {
            assignmentId: string;
            rosterId: string;
            date: string;
            /** @enum {string} */
            session: "AM" | "PM" | "CALL";
            leaderId: string;
            leaderName: string;
        };
        UnconfirmedDuties: {
            unitId: string;
            workingDays: number;
            duties: components["schemas"]["UnconfirmedDuty"][];
        };
        Availability: {
            id: string;
            leaderId: string;
            date: string;
            /** @enum {string|null} */
            session: "AM" | "PM" | null;
            /** @enum {string} */
            kind: "unavailable" | "preferred" | "avoided";
            /** @enum {string|null} */
            reason: "trip" | "meeting" | "leave" | "other" | null;
            note: string;
        };
        PeriodSummary: {
            id: string;
            name: string;
            /** @enum {string} */
            coverage: "working_days" | "every_day";
            needsReception: boolean;
            sessionCodes: ("AM" | "PM")[];
            leadersPerSession: number;
            onCallLeader: boolean;
        };
        CalendarDay: {
            date: string;
            weekday: number;
            /** @enum {string} */
            kind: "workday" | "weekend" | "holiday" | "makeup_workday";
            holidayName?: string;
            override?: {
                id: string;
                /** @enum {string} */
                kind: "closure" | "extra_workday";
                reason: string;
            };
            working: boolean;
            periods: components["schemas"]["PeriodSummary"][];
        };
        SpecialPeriod: {
            id: string;
            name: string;
            startDate: string;
            endDate: string;
            /** @enum {string} */
            coverage: "working_days" | "every_day";
            excludedDates: string[];
            sessionCodes: ("AM" | "PM")[];
            leadersPerSession: number;
            quotaPerLeader: number | null;
            poolQuotas: {
                [key: string]: number;
            };
            onCallLeader: boolean;
            onCallQuotaPerLeader: number | null;
            sessionRanks: {
                [key: string]: ("principal" | "standing" | "vice_mayor" | "npc" | "cppcc" | "other")[];
            };
            spacingDays: number;
            firstDayLeaderId: string | null;
            notes: string;
            version: number;
        };
        NamedDate: {
            date: string;
            name: string;
        };
        YearSummary: {
            year: number;
            source: string;
            confirmedAt: string;
            confirmedBy: string | null;
            confirmedByName: string | null;
            holidays: number;
            makeupWorkdays: number;
        };
        YearDetail: {
            year: number;
            source: string;
            confirmedAt: string;
            confirmedBy: string | null;
            confirmedByName: string | null;
            holidays: components["schemas"]["NamedDate"][];
            makeupWorkdays: components["schemas"]["NamedDate"][];
        };
        YearState: {
            year: number;
            confirmed: boolean;
            source: string | null;
            confirmedAt: string | null;
            confirmedBy: string | null;
            confirmedByName: string | null;
            holidays: number;
            makeupWorkdays: number;
            packageHasYear: boolean;
            rosters: number;
            publishedRosters: number;
        };
        HolidayStatus: {
            today: string;
            currentYear: number;
            packageSource: string;
            years: components["schemas"]["YearState"][];
        };
        ArrangementChange: {
            date: string;
            before: {
                /** @enum {string} */
                kind: "holiday" | "makeup_workday";
                name: string;
            } | null;
            after: {
                /** @enum {string} */
                kind: "holiday" | "makeup_workday";
                name: string;
            } | null;
        };
        AffectedRoster: {
            id: string;
            unitId: string;
            unitName: string;
            month: string;
            status: string;
            publishedVersion: number;
            dutiesOnChangedDates: number;
        };
        YearPreview: {
            year: number;
            source: string;
            holidays: components["schemas"]["NamedDate"][];
            makeupWorkdays: components["schemas"]["NamedDate"][];
            current: components["schemas"]["YearSummary"] | null;
            changes: components["schemas"]["ArrangementChange"][];
            affectedRosters: components["schemas"]["AffectedRoster"][];
        };
        UnitYearPreview: {
            year: number;
            source: string;
            holidays: components["schemas"]["NamedDate"][];
            makeupWorkdays: components["schemas"]["NamedDate"][];
            current: {
                source: string;
                confirmedAt: string;
            } | null;
            changes: unknown[];
            affectedRosters: unknown[];
        };
        UnitYearState: {
            year: number;
            /** @enum {string} */
            confirmedBy: "national" | "unit" | "none";
            source: string | null;
            confirmedAt: string | null;
            holidays: components["schemas"]["NamedDate"][];
            makeupWorkdays: components["schemas"]["NamedDate"][];
            packageHasYear: boolean;
        };
        DutyRecord: {
            date: string;
            /** @enum {string} */
            session: "AM" | "PM" | "CALL";
            plannedLeaderId: string;
            plannedLeaderName: string;
            /** @enum {string} */
            status: "present" | "substituted" | "absent" | "unrecorded";
            satLeaderId: string | null;
            satLeaderName: string | null;
            reason: string | null;
            demo: boolean;
            confirmed: boolean;
            begun: boolean;
        };
        AttendanceCounts: {
            planned: number;
            confirmed: number;
            sat: number;
            substitutedOut: number;
            substitutedIn: number;
            absent: number;
            unrecorded: number;
        };
        AttendanceFigures: {
            year: number;
            leaders: {
                leaderId: string;
                code: string;
                name: string;
                months: {
                    month: string;
                    planned: number;
                    confirmed: number;
                    sat: number;
                    substitutedOut: number;
                    substitutedIn: number;
                    absent: number;
                    unrecorded: number;
                }[];
                year: components["schemas"]["AttendanceCounts"];
            }[];
        };
        NotificationView: {
            id: string;
            /** @enum {string} */
            rule: "duty_day_before" | "duty_same_morning" | "duty_change" | "roster_published" | "petition_digest" | "department_invitation" | "department_day_before" | "department_withdrawal" | "case_clock" | "feed_link" | "roster_request" | "duty_confirm_again" | "office_digest";
            recipientName: string;
            /** @enum {string} */
            channel: "email" | "wecom" | "dingtalk" | "webhook" | "sms" | "outbox";
            dueAt: string;
            /** @enum {string} */
            status: "planned" | "sending" | "retrying" | "sent" | "dead" | "cancelled";
            subject: string;
            body: string;
            sentAt: string | null;
            unitId: string;
            source: string;
            recipientKey: string;
            revision: number;
            attempts: number;
            lastError: string | null;
            cancelReason: string | null;
            createdAt: string;
            updatedAt: string;
        };
        NotificationPage: {
            total: number;
            items: components["schemas"]["NotificationView"][];
        };
        NotificationDetail: components["schemas"]["NotificationView"] & {
            deliveries: {
                id: string;
                attempt: number;
                channel: string;
                status: string;
                error: string | null;
                startedAt: string;
                finishedAt: string | null;
            }[];
        };
        MyNotification: {
            id: string;
            /** @enum {string} */
            rule: "duty_day_before" | "duty_same_morning" | "duty_change" | "roster_published" | "petition_digest" | "department_invitation" | "department_day_before" | "department_withdrawal" | "case_clock" | "feed_link" | "roster_request" | "duty_confirm_again" | "office_digest";
            recipientName: string;
            /** @enum {string} */
            channel: "email" | "wecom" | "dingtalk" | "webhook" | "sms" | "outbox";
            dueAt: string;
            /** @enum {string} */
            status: "planned" | "sending" | "retrying" | "sent" | "dead" | "cancelled";
            subject: string;
            body: string;
            sentAt: string | null;
        };
        FeedLink: {
            id: string;
            /** @enum {string} */
            scope: "leader" | "unit" | "department";
            url: string;
            webcalUrl: string;
            qrPngDataUrl: string;
            hint: string;
            createdAt: string;
        };
        FeedSummary: {
            id: string;
            /** @enum {string} */
            scope: "leader" | "unit" | "department";
            unitId: string;
            leaderId: string | null;
            departmentId: string | null;
            ownerId: string | null;
            hint: string;
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
            revokedReason: string | null;
        };
        PetitionerView: {
            position: number;
            name: string | null;
            phone: string | null;
            idNumber: string | null;
        };
        CaseFlags: {
            crossLevel: boolean;
            beijing: boolean;
            threeCross: boolean;
            threat: boolean;
            lawRelated: boolean;
            accusation: boolean;
        };
        PriorityCase: {
            id: string;
            unitId: string;
            reference: string;
            /** @enum {string} */
            submittedBy: "politics" | "petition";
            batch: string | null;
            subjectCode: string;
            subjectLabel: string;
            subcategory: string | null;
            locality: string | null;
            summary: string;
            /** @enum {string} */
            risk: "red" | "orange" | "yellow" | "blue";
            groupSize: number;
            repeatCount: number;
            backlogYears: number;
            flags: components["schemas"]["CaseFlags"];
            /** @enum {string} */
            routing: "public" | "politics_law" | "restricted";
            receiveBefore: string | null;
            previousLeaderId: string | null;
            departmentIds: string[];
            /** @enum {string} */
            status: "pending" | "proposed" | "scheduled" | "received" | "closed";
            matchNote: {
                month: string;
                /** @enum {string} */
                reason: "no_eligible_leader" | "no_session_before_deadline" | "capacity_full";
                message: string;
            } | null;
            closedReason: string | null;
            /** @enum {string|null} */
            disciplineState: "received" | "handed_over" | "acknowledged" | null;
            handedTo: string | null;
            handedAt: string | null;
            handedBy: string | null;
            acknowledgedAt: string | null;
            accusedLeaderId: string | null;
            petitioners: components["schemas"]["PetitionerView"][];
            piiRevealed: boolean;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        CasePage: {
            total: number;
            items: components["schemas"]["PriorityCase"][];
        };
        CaseUpdateResult: components["schemas"]["PriorityCase"] & {
            appointmentEffects: {
                appointmentId: string;
                /** @enum {string} */
                action: "cancelled" | "flagged";
                reasons: string[];
            }[];
        };
        CasesCreated: {
            created: number;
            cases: {
                row: number;
                id: string;
                reference: string;
                routing: string;
                status: string;
            }[];
        };
        Appointment: {
            id: string;
            unitId: string;
            caseId: string;
            caseReference: string;
            subjectCode: string;
            /** @enum {string} */
            risk: "red" | "orange" | "yellow" | "blue";
            groupSize: number;
            leaderId: string;
            date: string;
            /** @enum {string} */
            session: "AM" | "PM";
            slotStart: string | null;
            slotEnd: string | null;
            departmentIds: string[];
            /** @enum {string} */
            status: "proposed" | "scheduled" | "postponed" | "superseded" | "received" | "cancelled";
            month: string;
            score: number;
            flagged: boolean;
            note: string | null;
            version: number;
        };
        MatchOutcome: {
            month: string;
            status: string;
            objective: number;
            seconds: number;
            capacityPerSession: number;
            proposals: components["schemas"]["Appointment"][];
            unmatched: {
                caseId: string;
                caseReference: string;
                /** @enum {string} */
                reason: "no_eligible_leader" | "no_session_before_deadline" | "capacity_full";
                message: string;
            }[];
        };
        ReceptionRecordSaved: {
            id: string;
            appointmentId: string;
            leaderId: string;
            date: string;
            persons: number;
            batches: number;
            /** @enum {string} */
            outcome: "resolved" | "assigned" | "transferred" | "other";
            handlingDepartmentId: string | null;
            dueDate: string | null;
            nominalDueDate: string | null;
            extensionReason: string | null;
            note: string | null;
        };
        ReceptionRecord: {
            id: string;
            appointmentId: string;
            caseId: string;
            caseReference: string;
            /** @enum {string} */
            caseStatus: "pending" | "proposed" | "scheduled" | "received" | "closed";
            subjectCode: string;
            leaderId: string;
            leaderName: string;
            date: string;
            /** @enum {string} */
            session: "AM" | "PM";
            slotStart: string | null;
            slotEnd: string | null;
            persons: number;
            batches: number;
            /** @enum {string} */
            outcome: "resolved" | "assigned" | "transferred" | "other";
            handlingDepartmentId: string | null;
            handlingDepartmentName: string | null;
            dueDate: string | null;
            nominalDueDate: string | null;
            dueDateRolled: boolean;
            originalDueDate: string | null;
            extended: boolean;
            extensionReason: string | null;
            /** @enum {string} */
            deadline: "none" | "running" | "overdue" | "stopped";
            daysLeft: number | null;
            note: string | null;
            recordedAt: string;
        };
        ReceptionRecordPage: {
            total: number;
            items: components["schemas"]["ReceptionRecord"][];
        };
        ReceptionFigures: {
            year: number;
            byLeader: {
                leaderId: string;
                code: string;
                name: string;
                months: {
                    batches: number;
                    persons: number;
                    month: string;
                }[];
                total: {
                    batches: number;
                    persons: number;
                };
            }[];
            byMonth: {
                batches: number;
                persons: number;
                month: string;
            }[];
            total: {
                batches: number;
                persons: number;
            };
        };
        WalkIn: {
            id: string;
            unitId: string;
            reference: string;
            date: string;
            /** @enum {string} */
            session: "AM" | "PM";
            leaderId: string;
            leaderName: string;
            caseLeaderId: string;
            caseLeaderName: string;
            caseLeaderReason: string | null;
            persons: number;
            subjectCode: string;
            locality: string | null;
            summary: string;
            demands: string;
            /** @enum {string} */
            outcome: "resolved" | "assigned" | "transferred" | "other";
            handlingDepartmentId: string | null;
            followUp: string | null;
            dueDate: string | null;
            nominalDueDate: string | null;
            /** @enum {string} */
            status: "open" | "closed" | "escalated";
            duplicateOfCaseId: string | null;
            duplicateOfWalkInId: string | null;
            duplicateOfReference: string | null;
            closedOn: string | null;
            result: string | null;
            followedUpOn: string | null;
            /** @enum {string|null} */
            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
            resolved: boolean | null;
            escalatedCaseId: string | null;
            demo: boolean;
            petitioners: components["schemas"]["PetitionerView"][];
            piiRevealed: boolean;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        WalkInPage: {
            total: number;
            items: components["schemas"]["WalkIn"][];
        };
        Briefing: {
            leaderId: string;
            leaderName: string;
            sessions: {
                date: string;
                /** @enum {string} */
                session: "AM" | "PM";
                sessionDay: boolean;
                revealed: boolean;
                cases: {
                    appointmentId: string;
                    caseId: string;
                    reference: string;
                    subjectCode: string;
                    risk: string;
                    groupSize: number;
                    slotStart: string | null;
                    slotEnd: string | null;
                    summary: string;
                    locality: string | null;
                    previousLeaderName: string | null;
                    history: {
                        date: string;
                        leaderName: string;
                        outcome: string;
                        reference?: string;
                    }[];
                    departments: string[];
                    petitioners: string[];
                }[];
            }[];
        };
        DutyRequest: {
            id: string;
            unitId: string;
            rosterId: string;
            /** @enum {string} */
            kind: "leave" | "swap";
            /** @enum {string} */
            status: "requested" | "accepted" | "approved" | "refused" | "declined" | "withdrawn" | "expired";
            statusName: string;
            assignmentId: string;
            leaderId: string;
            leaderName: string | null;
            date: string;
            /** @enum {string} */
            session: "AM" | "PM" | "CALL";
            otherAssignmentId: string | null;
            otherLeaderId: string | null;
            otherLeaderName: string | null;
            otherDate: string | null;
            /** @enum {string|null} */
            otherSession: "AM" | "PM" | "CALL" | null;
            /** @enum {string} */
            reasonKind: "meeting" | "trip" | "official" | "other";
            reasonName: string;
            reasonText: string;
            substituteLeaderId: string | null;
            substituteName: string | null;
            publishedVersion: number | null;
            expiresAt: string;
            requestedByName: string;
            steps: {
                at: string;
                /** @enum {string} */
                status: "requested" | "accepted" | "approved" | "refused" | "declined" | "withdrawn" | "expired";
                byUserId: string | null;
                byName: string;
                note: string | null;
            }[];
            createdAt: string;
            updatedAt: string;
        };
        SolveJob: {
            id: string;
            /** @enum {string} */
            kind: "generate" | "resolve" | "amend";
            unitId: string;
            month: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            queuePosition: number | null;
            attempt: number;
            rosterId: string | null;
            requestedBy: string;
            progress: {
                /** @enum {string} */
                phase: "queued" | "preparing" | "solving" | "writing" | "done";
                seconds: number;
                objective: number | null;
                bound: number | null;
                gap: number | null;
                improvements: number;
                limitSeconds?: number;
            } | null;
            best: {
                objective: number;
                duties: {
                    date: string;
                    session: string;
                    leaderId: string;
                }[];
            } | null;
            cancelRequested: boolean;
            keptBest: boolean;
            failure: {
                status: number;
                code: string;
                message: string;
                field?: string;
                details?: {
                    [key: string]: unknown;
                };
            } | null;
            revision: number;
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
        };
        StoppedSolveJob: components["schemas"]["SolveJob"] & {
            message: string;
        };
        SolveJobQueues: {
            counts: {
                [key: string]: number;
            };
            workersPerReplica: number;
            jobs: components["schemas"]["SolveJob"][];
        };
        HallFigures: {
            sittingDays: number;
            sittingHalfDays: number;
            walkInBatches: number;
            walkInPersons: number;
            appointmentBatches: number;
            appointmentPersons: number;
            batches: number;
            persons: number;
            priorityReceived: number;
            priorityResolved: number;
            casesOpen: number;
            casesClosed: number;
            dueInPeriod: number;
            closedOnTime: number;
            onTimeRate: number | null;
            followUps: number;
            satisfied: number;
            satisfactionRate: number | null;
            substitutions: number;
            absences: number;
        };
        HallYear: {
            unit: {
                id: string;
                name: string;
                issuingOffice: string;
            };
            year: number;
            asOf: string;
            demo: boolean;
            total: components["schemas"]["HallFigures"];
            sentence: string;
            byUnit: {
                unitId: string;
                name: string;
                figures: components["schemas"]["HallFigures"];
            }[];
            byMonth: {
                month: string;
                figures: components["schemas"]["HallFigures"];
            }[];
            byPeriod: {
                id: string;
                name: string;
                startDate: string;
                endDate: string;
                figures: components["schemas"]["HallFigures"];
                sentence: string;
            }[];
            byLeader: {
                leaderId: string;
                code: string;
                name: string;
                title: string;
                figures: components["schemas"]["HallFigures"];
                attendance: components["schemas"]["AttendanceCounts"];
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"][];
                };
            };
        };
    };
    UnitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
        };
    };
    UnitsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    issuingOffice?: string;
                    deadlineRollsToWorkingDay?: boolean;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
        };
    };
    SubjectsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"][];
                };
            };
        };
    };
    LeadersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leader"][];
                };
            };
        };
    };
    LeadersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    unitId: string;
                    code: string;
                    name: string;
                    title: string;
                    protocolOrder: number;
                    /** @enum {string} */
                    rotationPool: "party_government" | "npc" | "cppcc";
                    portfolioSubjects?: string[];
                    portfolioText?: string;
                    minSessionsPerMonth: number;
                    maxSessionsPerMonth: number;
                    /** @default null */
                    maxSessionsPerQuarter?: number | null;
                    /** @default null */
                    minSessionsPerQuarter?: number | null;
                    /**
                     * @default other
                     * @enum {string}
                     */
                    rank?: "principal" | "standing" | "vice_mayor" | "npc" | "cppcc" | "other";
                    venue?: string | null;
                    /** @default true */
                    publicReception?: boolean;
                    /** Format: date */
                    activeFrom: string;
                    /**
                     * Format: date
                     * @default null
                     */
                    activeTo?: string | null;
                    contact?: {
                        phone?: string;
                        email?: string;
                        wecomUserId?: string;
                        dingtalkUserId?: string;
                    };
                    secretary?: {
                        name: string;
                        phone?: string;
                        email?: string;
                    } | null;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leader"];
                };
            };
        };
    };
    LeadersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leader"];
                };
            };
        };
    };
    LeadersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version?: number;
                    code?: string;
                    name?: string;
                    title?: string;
                    protocolOrder?: number;
                    /** @enum {string} */
                    rotationPool?: "party_government" | "npc" | "cppcc";
                    portfolioSubjects?: string[];
                    portfolioText?: string;
                    minSessionsPerMonth?: number;
                    maxSessionsPerMonth?: number;
                    maxSessionsPerQuarter?: number | null;
                    minSessionsPerQuarter?: number | null;
                    /** @enum {string} */
                    rank?: "principal" | "standing" | "vice_mayor" | "npc" | "cppcc" | "other";
                    venue?: string | null;
                    publicReception?: boolean;
                    /** Format: date */
                    activeFrom?: string;
                    /** Format: date */
                    activeTo?: string | null;
                    contact?: {
                        phone?: string;
                        email?: string;
                        wecomUserId?: string;
                        dingtalkUserId?: string;
                    };
                    secretary?: {
                        name: string;
                        phone?: string;
                        email?: string;
                    } | null;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leader"];
                };
            };
        };
    };
    LeadersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    activeTo?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leader"];
                };
            };
        };
    };
    DepartmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"][];
                };
            };
        };
    };
    DepartmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    unitId: string;
                    name: string;
                    subjectCodes?: string[];
                    contact?: {
                        person?: string;
                        phone?: string;
                        email?: string;
                    };
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
        };
    };
    DepartmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
        };
    };
    DepartmentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version?: number;
                    name?: string;
                    subjectCodes?: string[];
                    contact?: {
                        person?: string;
                        phone?: string;
                        email?: string;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
        };
    };
    DepartmentsController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
        };
    };
    CalendarYearsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearSummary"][];
                };
            };
        };
    };
    CalendarYearsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearDetail"];
                };
            };
        };
    };
    CalendarYearsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holidays: {
                        /** Format: date */
                        date: string;
                        name: string;
                    }[];
                    makeupWorkdays: {
                        /** Format: date */
                        date: string;
                        name: string;
                    }[];
                } | {
                    text: string;
                } | {
                    /** @enum {boolean} */
                    fromPackage: true;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearDetail"];
                };
            };
        };
    };
    CalendarYearsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holidays: {
                        /** Format: date */
                        date: string;
                        name: string;
                    }[];
                    makeupWorkdays: {
                        /** Format: date */
                        date: string;
                        name: string;
                    }[];
                } | {
                    text: string;
                } | {
                    /** @enum {boolean} */
                    fromPackage: true;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearPreview"];
                };
            };
        };
    };
    HolidayStatusController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayStatus"];
                };
            };
        };
    };
    UnitCalendarController_month: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDay"][];
                };
            };
        };
    };
    UnitCalendarController_listOverrides: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitCalendarController_createOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date: string;
                    /** @enum {string} */
                    kind: "closure" | "extra_workday";
                    reason: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitCalendarController_removeOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitCalendarYearsController_state: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitYearState"];
                };
            };
        };
    };
    UnitCalendarYearsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holidays: {
                        /** Format: date */
                        date: string;
                        name: string;
                    }[];
                    makeupWorkdays: {
                        /** Format: date */
                        date: string;
                        name: string;
                    }[];
                } | {
                    text: string;
                } | {
                    /** @enum {boolean} */
                    fromPackage: true;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitYearState"];
                };
            };
        };
    };
    UnitCalendarYearsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holidays: {
                        /** Format: date */
                        date: string;
                        name: string;
                    }[];
                    makeupWorkdays: {
                        /** Format: date */
                        date: string;
                        name: string;
                    }[];
                } | {
                    text: string;
                } | {
                    /** @enum {boolean} */
                    fromPackage: true;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitYearPreview"];
                };
            };
        };
    };
    SpecialPeriodsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialPeriod"][];
                };
            };
        };
    };
    SpecialPeriodsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: date */
                    startDate: string;
                    /** Format: date */
                    endDate: string;
                    /**
                     * @default every_day
                     * @enum {string}
                     */
                    coverage?: "working_days" | "every_day";
                    /** @default [] */
                    excludedDates?: string[];
                    /**
                     * @default [
                     *       "AM",
                     *       "PM"
                     *     ]
                     */
                    sessionCodes?: ("AM" | "PM")[];
                    /** @default 1 */
                    leadersPerSession?: number;
                    /** @default null */
                    quotaPerLeader?: number | null;
                    /** @default {} */
                    poolQuotas?: {
                        [key: string]: number;
                    };
                    /** @default false */
                    onCallLeader?: boolean;
                    /** @default null */
                    onCallQuotaPerLeader?: number | null;
                    /** @default {} */
                    sessionRanks?: {
                        [key: string]: ("principal" | "standing" | "vice_mayor" | "npc" | "cppcc" | "other")[];
                    };
                    /** @default 2 */
                    spacingDays?: number;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    firstDayLeaderId?: string | null;
                    notes?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialPeriod"];
                };
            };
        };
    };
    SpecialPeriodsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialPeriod"];
                };
            };
        };
    };
    SpecialPeriodsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SpecialPeriodsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version?: number;
                    name?: string;
                    /** Format: date */
                    startDate?: string;
                    /** Format: date */
                    endDate?: string;
                    /** @enum {string} */
                    coverage?: "working_days" | "every_day";
                    excludedDates?: string[];
                    sessionCodes?: ("AM" | "PM")[];
                    leadersPerSession?: number;
                    quotaPerLeader?: number | null;
                    poolQuotas?: {
                        [key: string]: number;
                    };
                    onCallLeader?: boolean;
                    onCallQuotaPerLeader?: number | null;
                    sessionRanks?: {
                        [key: string]: ("principal" | "standing" | "vice_mayor" | "npc" | "cppcc" | "other")[];
                    };
                    spacingDays?: number;
                    /** Format: uuid */
                    firstDayLeaderId?: string | null;
                    notes?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialPeriod"];
                };
            };
        };
    };
    AvailabilityController_listForLeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"][];
                };
            };
        };
    };
    AvailabilityController_addForLeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entries: {
                        /** Format: date */
                        date: string;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        session?: "AM" | "PM" | null;
                        /** @enum {string} */
                        kind: "unavailable" | "preferred" | "avoided";
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        reason?: "trip" | "meeting" | "leave" | "other" | null;
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"][];
                };
            };
        };
    };
    AvailabilityController_listForUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"][];
                };
            };
        };
    };
    AvailabilityController_addForUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entries: {
                        /** Format: uuid */
                        leaderId: string;
                        /** Format: date */
                        date: string;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        session?: "AM" | "PM" | null;
                        /** @enum {string} */
                        kind: "unavailable" | "preferred" | "avoided";
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        reason?: "trip" | "meeting" | "leave" | "other" | null;
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"][];
                };
            };
        };
    };
    AvailabilityController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AbsencesController_addRanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    absences: {
                        leaderIds: string[];
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        /**
                         * @default AM
                         * @enum {string}
                         */
                        startsAt?: "AM" | "PM";
                        /**
                         * @default PM
                         * @enum {string}
                         */
                        endsAfter?: "AM" | "PM";
                        /** @enum {string} */
                        reason: "trip" | "meeting" | "leave" | "other";
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"][];
                };
            };
        };
    };
    AbsencesController_paste: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"][];
                };
            };
        };
    };
    RosterController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterSummary"][];
                };
            };
        };
    };
    SolveJobsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    month: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RosterController_figures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterStats"];
                };
            };
        };
    };
    RosterController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RosterController_yearTable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterYear"];
                };
            };
        };
    };
    RosterController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Roster"];
                };
            };
        };
    };
    RosterController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                aid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** Format: date */
                    date?: string;
                    /** @enum {string} */
                    session?: "AM" | "PM";
                    /** Format: uuid */
                    leaderId?: string;
                    pinned?: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditedRoster"];
                };
            };
        };
    };
    RosterController_substitutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySubstitutes"];
                };
            };
        };
    };
    RosterController_consequences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyConsequences"];
                };
            };
        };
    };
    RosterController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    reason?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Roster"];
                };
            };
        };
    };
    RosterController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterVersion"][];
                };
            };
        };
    };
    RosterController_changes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RosterController_diff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterDiff"];
                };
            };
        };
    };
    RosterController_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RosterController_notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConfirmationsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyConfirmation"];
                };
            };
        };
    };
    ConfirmationsController_unconfirmed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnconfirmedDuties"];
                };
            };
        };
    };
    ConfirmationsController_linkPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConfirmationsController_linkConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    t: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AttendanceController_month: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRecord"][];
                };
            };
        };
    };
    AttendanceController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date: string;
                    /** @enum {string} */
                    session: "AM" | "PM" | "CALL";
                    /** Format: uuid */
                    leaderId: string;
                    /** @enum {string} */
                    status: "present" | "substituted" | "absent";
                    /** Format: uuid */
                    substituteLeaderId?: string | null;
                    reason?: string | null;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRecord"];
                };
            };
        };
    };
    AttendanceController_figures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceFigures"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePage"];
                };
            };
        };
    };
    CasesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference: string;
                    submittedBy?: string | null;
                    batch?: string | null;
                    subject: string;
                    subcategory?: string | null;
                    locality?: string | null;
                    summary: string;
                    risk: string;
                    groupSize: number;
                    petitioners: {
                        name: string;
                        phone?: string | null;
                        idNumber: string;
                    }[];
                    repeatCount?: number | null;
                    backlogYears?: number | null;
                    flags?: {
                        crossLevel?: boolean;
                        beijing?: boolean;
                        threeCross?: boolean;
                        threat?: boolean;
                        lawRelated?: boolean;
                        accusation?: boolean;
                    };
                    receiveBefore?: string | null;
                    previousLeader?: string | null;
                    departments?: string[];
                }[];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesCreated"];
                };
            };
        };
    };
    CasesController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesCreated"];
                };
            };
        };
    };
    CasesController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityCase"];
                };
            };
        };
    };
    CasesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference?: string;
                    submittedBy?: string | null;
                    batch?: string | null;
                    subject?: string;
                    subcategory?: string | null;
                    locality?: string | null;
                    summary?: string;
                    risk?: string;
                    groupSize?: number;
                    petitioners?: {
                        name: string;
                        phone?: string | null;
                        idNumber: string;
                    }[];
                    repeatCount?: number | null;
                    backlogYears?: number | null;
                    flags?: {
                        crossLevel?: boolean;
                        beijing?: boolean;
                        threeCross?: boolean;
                        threat?: boolean;
                        lawRelated?: boolean;
                        accusation?: boolean;
                    };
                    receiveBefore?: string | null;
                    previousLeader?: string | null;
                    departments?: string[];
                    version: number;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseUpdateResult"];
                };
            };
        };
    };
    CasesController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    submittedBy: string;
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityCase"];
                };
            };
        };
    };
    CasesController_handOver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    to: string;
                    /** Format: uuid */
                    accusedLeaderId?: string | null;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityCase"];
                };
            };
        };
    };
    CasesController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityCase"];
                };
            };
        };
    };
    CasesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityCase"];
                };
            };
        };
    };
    AppointmentsController_match: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    month: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchOutcome"];
                };
            };
        };
    };
    AppointmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"][];
                };
            };
        };
    };
    AppointmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    AppointmentsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version?: number;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    AppointmentsController_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version?: number;
                    /** Format: uuid */
                    leaderId: string;
                    /** Format: date */
                    date: string;
                    /** @enum {string} */
                    session: "AM" | "PM";
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    AppointmentsController_postpone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version?: number;
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    AppointmentsController_recordReception: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    persons: number;
                    /** @default 1 */
                    batches?: number;
                    /** @enum {string} */
                    outcome: "resolved" | "assigned" | "transferred" | "other";
                    /** Format: uuid */
                    handlingDepartmentId?: string | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionRecordSaved"];
                };
            };
        };
    };
    AppointmentsController_extend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionRecordSaved"];
                };
            };
        };
    };
    AppointmentsController_receptionRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionRecordPage"];
                };
            };
        };
    };
    AppointmentsController_figures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionFigures"];
                };
            };
        };
    };
    WalkInsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkInPage"];
                };
            };
        };
    };
    WalkInsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date: string;
                    /** @enum {string} */
                    session: "AM" | "PM";
                    /** Format: uuid */
                    leaderId: string;
                    persons: number;
                    petitioners: {
                        name: string;
                        phone?: string | null;
                        idNumber: string;
                    }[];
                    subject: string;
                    locality?: string | null;
                    summary: string;
                    demands: string;
                    /** @enum {string} */
                    outcome: "resolved" | "assigned" | "transferred" | "other";
                    /** Format: uuid */
                    handlingDepartmentId?: string | null;
                    followUp?: string | null;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkIn"];
                };
            };
        };
    };
    WalkInsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkIn"];
                };
            };
        };
    };
    WalkInsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    result: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkIn"];
                };
            };
        };
    };
    WalkInsController_followUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied";
                    resolved: boolean;
                    note?: string | null;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkIn"];
                };
            };
        };
    };
    WalkInsController_caseLeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** Format: uuid */
                    leaderId: string;
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkIn"];
                };
            };
        };
    };
    WalkInsController_escalate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    risk: "red" | "orange" | "yellow" | "blue";
                    /** Format: date */
                    receiveBefore: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkIn"];
                };
            };
        };
    };
    BriefingController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                leaderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Briefing"];
                };
            };
        };
    };
    BriefingController_sheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                leaderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HallStatsController_figures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallYear"];
                };
            };
        };
    };
    HallStatsController_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HallStatsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedSubscriptionsController_leaderFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedLink"];
                };
            };
        };
    };
    FeedSubscriptionsController_revokeLeaderFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedSubscriptionsController_rotateLeaderFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedLink"];
                };
            };
        };
    };
    FeedSubscriptionsController_unitFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedLink"];
                };
            };
        };
    };
    FeedSubscriptionsController_revokeUnitFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedSubscriptionsController_rotateUnitFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedLink"];
                };
            };
        };
    };
    FeedSubscriptionsController_departmentFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedLink"];
                };
            };
        };
    };
    FeedSubscriptionsController_revokeDepartmentFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedSubscriptionsController_rotateDepartmentFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedLink"];
                };
            };
        };
    };
    FeedSubscriptionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedSummary"][];
                };
            };
        };
    };
    FeedSubscriptionsController_revokeOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedLinkDeliveryController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
        };
    };
    NotificationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDetail"];
                };
            };
        };
    };
    NotificationsController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDetail"];
                };
            };
        };
    };
    NotificationsController_getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_putSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channels?: {
                        email?: {
                            host: string;
                            port: number;
                            secure: boolean;
                            user?: string;
                            password?: string;
                            from: string;
                        };
                        wecom?: {
                            url: string;
                            secret?: string;
                        };
                        dingtalk?: {
                            url: string;
                            secret?: string;
                        };
                        webhook?: {
                            url: string;
                            secret?: string;
                        };
                        sms?: {
                            url: string;
                            template: string;
                            token?: string;
                        };
                    };
                    preference?: ("email" | "wecom" | "dingtalk" | "webhook" | "sms" | "outbox")[];
                    recipientChannels?: {
                        [key: string]: "email" | "wecom" | "dingtalk" | "webhook" | "sms" | "outbox";
                    };
                    rules?: {
                        dayBeforeAt?: string | null;
                        sameMorningAt?: string | null;
                        digestAt?: string | null;
                        notifyPetitionOnPublish?: boolean;
                        notifySecretary?: boolean;
                        caseClockDaysBefore?: number;
                        confirmAgainAt?: string | null;
                    };
                    quietHours?: {
                        start: string;
                        end: string;
                    } | null;
                    petitionRecipients?: {
                        name: string;
                        email?: string;
                        phone?: string;
                        wecomUserId?: string;
                        dingtalkUserId?: string;
                    }[];
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MyNotificationsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyNotification"][];
                };
            };
        };
    };
    DutyRequestsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "leave" | "swap";
                    /** Format: uuid */
                    assignmentId: string;
                    /** Format: uuid */
                    otherAssignmentId?: string;
                    /** @enum {string} */
                    reasonKind: "meeting" | "trip" | "official" | "other";
                    reasonText?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRequest"];
                };
            };
        };
    };
    DutyRequestsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRequest"][];
                };
            };
        };
    };
    DutyRequestsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRequest"];
                };
            };
        };
    };
    DutyRequestsController_substitutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySubstitutes"];
                };
            };
        };
    };
    DutyRequestsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRequest"];
                };
            };
        };
    };
    DutyRequestsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRequest"];
                };
            };
        };
    };
    DutyRequestsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRequest"];
                };
            };
        };
    };
    DutyRequestsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    substituteLeaderId?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRequest"];
                };
            };
        };
    };
    DutyRequestsController_refuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyRequest"];
                };
            };
        };
    };
    SolveJobsController_solve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SolveJobsController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SolveJobsController_queues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SolveJobQueues"];
                };
            };
        };
    };
    SolveJobsController_recent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SolveJob"][];
                };
            };
        };
    };
    SolveJobsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SolveJob"];
                };
            };
        };
    };
    SolveJobsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoppedSolveJob"];
                };
            };
        };
    };
    SolveJobsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
