// Contract texts shared by the service tests.

/** A contract that does everything the score looks for. */
export const WELL_SPECIFIED = `apiVersion: v3.1.0
kind: DataContract
id: orders-contract
name: Orders
version: 1.0.0
status: active
domain: sales
description:
  purpose: Orders placed in the web shop, for sales reporting.
  usage: Join to customers on customer_id.
  limitations: Cancelled orders are removed after 30 days.
team:
  name: sales-data
  members:
    - username: alice@acme-shop.co.uk
      role: Data Owner
    - username: bob@acme-shop.co.uk
      role: Data Steward
    - username: carol@acme-shop.co.uk
      role: Data Custodian
support:
  - channel: sales-data
    tool: email
    url: mailto:sales-data@acme-shop.co.uk
slaProperties:
  - property: latency
    value: 1
    unit: d
    element: orders.created_at
schema:
  - name: orders
    description: Orders placed in the web shop.
    dataGranularityDescription: One row per order.
    quality:
      - type: library
        metric: rowCount
        mustBeGreaterThan: 0
        dimension: completeness
      - type: text
        description: Order totals reconcile with the payment system every day.
        dimension: accuracy
      - type: text
        description: Every order's customer exists in customers.
        dimension: consistency
      - type: text
        description: The newest order is less than a day old.
        dimension: timeliness
    properties:
      - name: order_id
        description: Identifier of the order.
        logicalType: string
        logicalTypeOptions:
          minLength: 1
        primaryKey: true
        required: true
        unique: true
        criticalDataElement: true
        quality:
          - type: library
            metric: nullValues
            mustBe: 0
            dimension: completeness
          - type: library
            metric: duplicateValues
            mustBe: 0
            dimension: uniqueness
          - type: text
            description: Order ids match the order system.
            dimension: accuracy
      - name: created_at
        description: When the order was placed.
        logicalType: timestamp
`;

/** A bare contract: a header and one table whose key nobody checks. */
export const BARE_ORDERS = `apiVersion: v3.1.0
kind: DataContract
id: orders-contract
version: 1.0.0
status: active
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
        primaryKey: true
        required: true
        unique: true
      - name: total
        logicalType: number
`;
