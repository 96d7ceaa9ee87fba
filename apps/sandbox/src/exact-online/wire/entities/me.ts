// current/Me (§1.6; shape of fixtures/exact-online/current-me.nango-2026.json). CurrentDivision
// is whatever the user last opened in Exact's UI: the hub must never rely on it.
import type { SandboxUserIdentity } from '../../store/actors.js';
import { EMPTY_GUID, guidFrom } from '../../ids.js';
import { defineEntity, field, type EntityDefinition, type WireEnv } from '../entity.js';
import { localIsoString, padCode } from '../values.js';

export interface MeView {
  user: SandboxUserIdentity;
  currentDivision: number;
  nowMs: number;
  /** Offset of local time from UTC in seconds (Me.ServerUtcOffset). */
  utcOffsetSeconds: number;
}

const CUSTOMER_CODE = padCode('1265001');

export const meEntity: EntityDefinition<MeView, WireEnv> = defineEntity<MeView, WireEnv>({
  typeName: 'Exact.Web.Api.Models.System.Me',
  fields: [
    field.of('CurrentDivision', 'Int32', (v) => v.currentDivision),
    field.of('DivisionCustomer', 'Guid', (v) => guidFrom('exact-online', 'customer', v.user.userName)),
    field.constant('DivisionCustomerCode', 'String', CUSTOMER_CODE),
    field.constant('DivisionCustomerName', 'String', 'Sandbox Accountants B.V.'),
    field.constant('DivisionCustomerVatNumber', 'String', null),
    field.constant('DivisionCustomerSiretNumber', 'String', ''),
    field.constant('DossierDivision', 'Int32', null),
    field.of('AccountingDivision', 'Int32', (v) => v.currentDivision),
    field.constant('IsEmployeeSelfServiceUser', 'Boolean', false),
    field.constant('IsMyFirmLiteUser', 'Boolean', false),
    field.constant('IsStarterUser', 'Boolean', false),
    field.constant('IsMyFirmPortalUser', 'Boolean', false),
    field.constant('IsClientUser', 'Boolean', false),
    field.of('FullName', 'String', (v) => v.user.fullName),
    field.of('PictureUrl', 'String', (_v, env) => `${env.hostBase}//docs/images/placeholder_contact_myeol.png`),
    field.constant('ThumbnailPicture', 'Binary', null),
    field.constant('ThumbnailPictureFormat', 'String', null),
    field.of('UserID', 'Guid', (v) => v.user.id),
    field.of('UserName', 'String', (v) => v.user.userName),
    field.constant('LanguageCode', 'String', 'nl-NL'),
    // Int64 here (a string), although Divisions.Legislation is a padded "NL " (fixtures README §2.3).
    field.constant('Legislation', 'Int64', '1'),
    field.of('Email', 'String', (v) => v.user.userName),
    field.constant('Title', 'String', null),
    field.constant('Initials', 'String', null),
    field.of('FirstName', 'String', (v) => v.user.fullName.split(' ')[0] ?? null),
    field.constant('MiddleName', 'String', null),
    field.of('LastName', 'String', (v) => v.user.fullName.split(' ').slice(1).join(' ') || null),
    field.constant('Gender', 'String', 'O'),
    field.constant('Nationality', 'String', null),
    field.constant('Language', 'String', 'NL'),
    field.constant('Phone', 'String', null),
    field.constant('PhoneExtension', 'String', null),
    field.constant('Mobile', 'String', null),
    field.of('ServerTime', 'String', (v, env) => localIsoString(env.instant(v.nowMs), false)),
    field.of('ServerUtcOffset', 'Double', (v) => v.utcOffsetSeconds),
    field.constant('EmployeeID', 'Guid', EMPTY_GUID),
    field.constant('CustomerCode', 'String', CUSTOMER_CODE),
    field.constant('PackageCode', 'String', 'EOLAPPCENTER'),
    field.constant('IsOEIMigrationMandatory', 'Boolean', false),
  ],
  uri: (v, env) => `${env.apiBase}/current/Me(guid'${v.user.id}')`,
});
