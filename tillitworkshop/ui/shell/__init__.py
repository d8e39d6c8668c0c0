"""The window around the day: start-up and event loop, the main window, the library of
sessions, an open session's stepper and timer, settings, language, look and find."""
