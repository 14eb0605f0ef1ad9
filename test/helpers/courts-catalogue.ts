// The courts team's contract and people directory that the catalogue tests of `dclens lint` share: Rachel Adeyemi
// is the contract's Data Owner and Sam Jones its Data Steward, so what the directory says of them decides the
// catalogue's findings. One text for both keeps the contract's usernames and the directory's ids the same.

export interface CourtsContractOptions {
  /** The contract's id; `hearings` unless given. */
  id?: string;
  /** The day Rachel leaves the team (her `dateOut`), when she is to leave. */
  ownerLeaves?: string;
}

/** An ODCS v3.1.0 contract of the courts team whose members are Rachel (Data Owner) and Sam (Data Steward). */
export function courtsContract(options: CourtsContractOptions = {}): string {
  const dateOut = options.ownerLeaves ? `      dateOut: "${options.ownerLeaves}"\n` : '';
  return `apiVersion: v3.1.0
kind: DataContract
id: ${options.id ?? 'hearings'}
version: 1.0.0
status: active
team:
  name: courts-data
  members:
    - username: rachel.adeyemi
      role: Data Owner
${dateOut}    - username: sam.jones
      role: Data Steward
`;
}

/** The people directory of those two: Rachel is active; Sam has left unless `samActive`. */
export function courtsPeople(samActive = false): string {
  return `people:
  - id: rachel.adeyemi
    name: Rachel Adeyemi
    active: true
  - id: sam.jones
    name: Sam Jones
    active: ${samActive}
`;
}
