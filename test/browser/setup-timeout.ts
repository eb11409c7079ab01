// Browser tests start a server, seed the demo and drive Chromium: minutes, not the default 5 s.
jest.setTimeout(120_000);
