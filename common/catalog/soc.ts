/** The parts of an O*NET-SOC code (`NN-NNNN.NN`) and the 2018 SOC major group names. */

/** 2018 SOC major groups, by their two-digit code. */
export const SOC_MAJOR_GROUPS: Readonly<Record<string, string>> = {
  '11': 'Management Occupations',
  '13': 'Business and Financial Operations Occupations',
  '15': 'Computer and Mathematical Occupations',
  '17': 'Architecture and Engineering Occupations',
  '19': 'Life, Physical, and Social Science Occupations',
  '21': 'Community and Social Service Occupations',
  '23': 'Legal Occupations',
  '25': 'Educational Instruction and Library Occupations',
  '27': 'Arts, Design, Entertainment, Sports, and Media Occupations',
  '29': 'Healthcare Practitioners and Technical Occupations',
  '31': 'Healthcare Support Occupations',
  '33': 'Protective Service Occupations',
  '35': 'Food Preparation and Serving Related Occupations',
  '37': 'Building and Grounds Cleaning and Maintenance Occupations',
  '39': 'Personal Care and Service Occupations',
  '41': 'Sales and Related Occupations',
  '43': 'Office and Administrative Support Occupations',
  '45': 'Farming, Fishing, and Forestry Occupations',
  '47': 'Construction and Extraction Occupations',
  '49': 'Installation, Maintenance, and Repair Occupations',
  '51': 'Production Occupations',
  '53': 'Transportation and Material Moving Occupations',
  '55': 'Military Specific Occupations',
};

export interface SocParts {
  /** `11-0000` */
  majorGroup: string;
  /** The major group's name, when the two digits name one. */
  majorGroupName?: string;
  /** `11-9100` */
  minorGroup: string;
  /** `11-9170` */
  broadOccupation: string;
  /** `11-9179` */
  detailedOccupation: string;
  /** `00`: O*NET's suffix; `00` is the SOC occupation itself, others an O*NET-specific occupation. */
  onetSuffix: string;
}

/** Splits an O*NET-SOC code `NN-NNNN.NN`; undefined for any other text. */
export function socParts(code: string): SocParts | undefined {
  const m = /^(\d{2})-(\d)(\d)(\d)(\d)\.(\d{2})$/.exec(code);
  if (!m) return undefined;
  const [, major, a, b, c, d, suffix] = m;
  return {
    majorGroup: `${major}-0000`,
    majorGroupName: SOC_MAJOR_GROUPS[major],
    minorGroup: `${major}-${a}${b}00`,
    broadOccupation: `${major}-${a}${b}${c}0`,
    detailedOccupation: `${major}-${a}${b}${c}${d}`,
    onetSuffix: suffix,
  };
}
