import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import type { ConnectionView } from '../connections/connection.dto.js';

function trimmed({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

export class ConnectSnelStartDto {
  /** The koppelsleutel made in SnelStart Web (Koppelingen → Koppeling instellen). Never echoed or logged. */
  @ApiProperty({ writeOnly: true, description: 'the koppelsleutel (connection key) from SnelStart Web' })
  @Transform(trimmed)
  @IsString({ message: 'connectionKey must be a string' })
  @IsNotEmpty({ message: 'connectionKey must not be empty' })
  @MaxLength(2000, { message: 'connectionKey must be at most 2000 characters' })
  // A koppelsleutel is base64 (§1.2); anything with spaces or control characters was mis-pasted.
  @Matches(/^[\x21-\x7e]+$/, { message: 'connectionKey must be one word without spaces' })
  connectionKey!: string;

  /** The administration's name in the hub; default SnelStart's administratie name. */
  @ApiPropertyOptional({ example: 'Bakkerij Jansen' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'name must be a string' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string;
}

export class StartSnelStartActivationDto {
  /** Where SnelStart Web sends the browser after the user approved the coupling. */
  @ApiPropertyOptional({ example: 'https://console.example.nl/connections' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false }, { message: 'redirectAfter must be an absolute http(s) URL' })
  redirectAfter?: string;
}

export interface SnelStartAdministrationView {
  id: string;
  platform: 'snelstart';
  externalId: string;
  name: string;
  connectionId: string;
  enabled: boolean;
}

export interface ConnectSnelStartResponse {
  connection: ConnectionView;
  administration: SnelStartAdministrationView;
}

export interface StartSnelStartActivationResponse {
  activationUrl: string;
  /** When the link stops working (ISO-8601). */
  expiresAt: string;
}
