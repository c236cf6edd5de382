"""The Qt face of the app: widgets, dialogs and table models fed by services. No SQL here."""
