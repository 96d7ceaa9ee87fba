// ASP.NET model binding of a JSON body (Json.NET): each property is converted to its .NET type,
// and a value that does not convert becomes a ModelState error instead of failing the request
// outright; the controller then answers `{"message":"The request is invalid.","modelState":{…}}`
// (notes §2.3 shape 3). Absent properties simply keep their .NET default.
import { isGuid } from '../ids.js';

export class ModelBinder {
  readonly modelState: Record<string, string[]> = {};

  constructor(private readonly parameter: string) {}

  get valid(): boolean {
    return Object.keys(this.modelState).length === 0;
  }

  string(source: Record<string, unknown>, key: string, path: string = key, maxLength?: number): string | null {
    const value = source[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'object') return this.fail(path, `Unexpected character encountered while parsing value: ${Array.isArray(value) ? '[' : '{'}. Path '${path}'.`);
    const text = String(value);
    if (maxLength !== undefined && text.length > maxLength) {
      const field = path.split('.').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('.');
      return this.fail(path, `The field ${field} must be a string with a maximum length of ${maxLength}.`);
    }
    return text;
  }

  integer(source: Record<string, unknown>, key: string, path: string = key): number | null {
    const value = source[key];
    if (value === undefined || value === null) return null;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number === 'number' && Number.isInteger(number) && Math.abs(number) <= 2_147_483_647) return number;
    return this.fail(path, `Could not convert ${describe(value)} to integer. Path '${path}'.`);
  }

  double(source: Record<string, unknown>, key: string, path: string = key): number | null {
    const value = source[key];
    if (value === undefined || value === null) return null;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number === 'number' && Number.isFinite(number)) return number;
    return this.fail(path, `Could not convert ${describe(value)} to double. Path '${path}'.`);
  }

  boolean(source: Record<string, unknown>, key: string, path: string = key): boolean | null {
    const value = source[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    return this.fail(path, `Could not convert ${describe(value)} to boolean. Path '${path}'.`);
  }

  guid(source: Record<string, unknown>, key: string, path: string = key): string | null {
    const value = source[key];
    if (value === undefined || value === null) return null;
    if (isGuid(value)) return value.toLowerCase();
    return this.fail(path, `Error converting value ${JSON.stringify(value)} to type 'System.Guid'. Path '${path}'.`);
  }

  enumeration<T extends string>(source: Record<string, unknown>, key: string, values: readonly T[], typeName: string, path: string = key): T | null {
    const value = source[key];
    if (value === undefined || value === null) return null;
    const match = values.find((candidate) => typeof value === 'string' && candidate.toLowerCase() === value.toLowerCase());
    if (match !== undefined) return match;
    return this.fail(path, `Error converting value ${JSON.stringify(value)} to type '${typeName}'. Path '${path}'.`);
  }

  object(source: Record<string, unknown>, key: string, path: string = key): Record<string, unknown> | null {
    const value = source[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    return this.fail(path, `Error converting value ${JSON.stringify(value)} to an object. Path '${path}'.`);
  }

  stringArray(source: Record<string, unknown>, key: string, path: string = key): string[] | null {
    const value = source[key];
    if (value === undefined || value === null) return null;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
    return this.fail(path, `Error converting value ${JSON.stringify(value)} to type 'System.String[]'. Path '${path}'.`);
  }

  private fail(path: string, message: string): null {
    const key = `${this.parameter}.${path}`;
    (this.modelState[key] ??= []).push(message);
    return null;
  }
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `string: ${value}` : `${typeof value}`;
}
