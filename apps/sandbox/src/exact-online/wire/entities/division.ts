// system/Divisions and system/AllDivisions (§1.6; shape of system-divisions.nango-2026.json).
// Code is the Int32 key used in URLs; Hid is an Int64 (a string); Country/Legislation are padded.
import type { DivisionInfo } from '../../store/division-store.js';
import { guidFrom } from '../../ids.js';
import { defineEntity, field, type EntityDefinition, type WireEnv } from '../entity.js';
import { padCode, wireDate, wireDateFromMs } from '../values.js';

export interface DivisionView {
  info: DivisionInfo;
  /** Division number in the request URL (Exact does not validate it for this endpoint, PQ#470). */
  urlDivision: number;
  current: boolean;
  resource: 'system/Divisions' | 'system/AllDivisions';
}

const CREATOR = guidFrom('exact-online', 'user', 'exact-online-system');

export const divisionEntity: EntityDefinition<DivisionView, WireEnv> = defineEntity<DivisionView, WireEnv>({
  typeName: 'Exact.Web.Api.Models.System.Division',
  fields: [
    ...field.nulls<DivisionView, WireEnv>('String', 'AddressLine1', 'AddressLine2', 'AddressLine3'),
    field.constant('BlockingStatus', 'Int32', 0),
    ...field.nulls<DivisionView, WireEnv>('String', 'BusinessTypeCode', 'BusinessTypeDescription'),
    field.of('Code', 'Int32', (v) => v.info.code),
    ...field.nulls<DivisionView, WireEnv>('String', 'ChamberOfCommerceNumber', 'ChamberOfCommerceEstablishment', 'City', 'CompanySizeCode', 'CompanySizeDescription'),
    field.constant('Country', 'String', 'NL '),
    field.of('Created', 'DateTime', (v, env) => wireDateFromMs(env.instant(v.info.createdMs))),
    field.constant('Creator', 'Guid', CREATOR),
    field.constant('CreatorFullName', 'String', 'Exact Online'),
    field.constant('Currency', 'String', 'EUR'),
    field.of('Current', 'Boolean', (v) => v.current),
    field.of('Customer', 'Guid', (v) => guidFrom('exact-online', 'division-customer', v.info.code)),
    field.of('CustomerCode', 'String', (v) => padCode(String(1_200_000 + v.info.hid))),
    field.of('CustomerName', 'String', (v) => v.info.name),
    ...field.nulls<DivisionView, WireEnv>('String', 'DatevAccountantNumber', 'DatevClientNumber'),
    field.of('Description', 'String', (v) => v.info.name),
    field.constant('DivisionMoveDate', 'DateTime', null),
    field.constant('DivisionHRLinkUnlinkDate', 'DateTime', null),
    field.constant('Email', 'String', null),
    field.constant('Fax', 'String', null),
    field.of('Hid', 'Int64', (v) => String(v.info.hid)),
    field.constant('IsDossierDivision', 'Boolean', false),
    field.constant('IsPracticeDivision', 'Boolean', false),
    field.constant('IsHRDivision', 'Boolean', false),
    field.of('IsMainDivision', 'Boolean', (v) => v.info.hid === 1),
    field.constant('Legislation', 'String', 'NL '),
    field.of('Modified', 'DateTime', (v, env) => wireDateFromMs(env.instant(v.info.createdMs))),
    field.constant('Modifier', 'Guid', CREATOR),
    field.constant('ModifierFullName', 'String', 'Exact Online'),
    ...field.nulls<DivisionView, WireEnv>('String', 'OBNumber', 'Postcode', 'Phone', 'SbiCode', 'SbiDescription', 'SectorCode', 'SectorDescription'),
    field.constant('ShareCapital', 'Double', null),
    field.constant('SiretNumber', 'String', ''),
    field.of('StartDate', 'DateTime', (v) => wireDate(v.info.startDate)),
    field.constant('State', 'String', null),
    // 1 = active (§1.6).
    field.constant('Status', 'Int32', 1),
    ...field.nulls<DivisionView, WireEnv>('String', 'SubsectorCode', 'SubsectorDescription', 'TaxOfficeNumber', 'TaxReferenceNumber'),
    field.constant('TemplateCode', 'String', 'NL_Base'),
    ...field.nulls<DivisionView, WireEnv>('String', 'VATNumber', 'Website'),
    field.constant('ArchiveDate', 'DateTime', null),
    ...field.nulls<DivisionView, WireEnv>('Navigation', 'Class_01', 'Class_02', 'Class_03', 'Class_04', 'Class_05'),
  ],
  uri: (v, env) => `${env.apiBase}/${v.urlDivision}/${v.resource}(${v.info.code})`,
});
