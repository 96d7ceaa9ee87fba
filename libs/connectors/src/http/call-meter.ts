// Calls spent since the last page was handed over: what each PulledPage reports. Works on
// anything that counts its calls (a PlatformHttpClient or a platform's wrapper around one).
export interface CountsApiCalls {
  readonly apiCalls: number;
}

export class CallMeter {
  private reported: number;

  constructor(private readonly api: CountsApiCalls) {
    this.reported = api.apiCalls;
  }

  take(): number {
    const spent = this.api.apiCalls - this.reported;
    this.reported = this.api.apiCalls;
    return spent;
  }
}
