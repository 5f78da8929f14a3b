/**
 * Statements written for this test in NSX's style for occupations the reference frameworks do not cover, three
 * per level (Emerging, Developing, Proficient, Advanced): a check that the ladder reads wording, not the
 * reference sentences.
 */
export const OTHER_OCCUPATIONS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  nurse: [
    [
      'Vital signs — measure and record patient temperature, pulse and blood pressure under the supervision of a registered nurse on a medical-surgical unit.',
      'Patient hygiene and comfort — assist patients with bathing and repositioning following unit care plans and infection-control protocols.',
      'Medication administration records — document doses given as directed by the charge nurse, checking each entry against the order.',
    ],
    [
      'Patient assessments — perform head-to-toe assessments for a stable caseload with minimal supervision and report changes to the care team.',
      'Care plans — update nursing care plans for patients with moderately complex conditions and adjust routine interventions as needed.',
      'Discharge teaching — prepare and deliver education on medications and wound care to patients and families on a day-to-day basis.',
    ],
    [
      'Acutely deteriorating patients — recognize early warning signs and initiate rapid-response interventions independently in a high-acuity unit.',
      'Novice nurses and nursing students — precept and coach through complex patient assignments, evaluating their clinical reasoning.',
      'Interdisciplinary care conferences — coordinate across departments to resolve complex discharge barriers for patients with multiple comorbidities.',
    ],
    [
      'Nursing practice standards — establish evidence-based protocols for the hospital system and champion their adoption across all units.',
      'Nursing workforce strategy — define staffing models and succession plans at the organizational level to sustain safe care over the long term.',
      'Quality and patient-safety programs — lead system-wide improvement initiatives and advise executive leadership on clinical risk.',
    ],
  ],
  electrician: [
    [
      'Conduit and wiring runs — pull wire and mount boxes under the direct supervision of a journeyman electrician on residential job sites.',
      'Hand and power tools — maintain and use safely following shop procedures and manufacturer instructions.',
      'Material lists — gather fittings and fixtures for each job as assigned by the lead electrician.',
    ],
    [
      'Branch circuits — install and terminate for residential and light commercial work with limited supervision, meeting code requirements.',
      'Electrical faults — troubleshoot routine faults in lighting and receptacle circuits using meters and wiring diagrams.',
      'Job-site inspections — prepare installations for inspection and correct minor deficiencies noted by inspectors.',
    ],
    [
      'Service upgrades and panel replacements — plan and complete autonomously, including load calculations and permit coordination.',
      'Apprentice electricians — supervise and train on job sites, reviewing their work for safety and code compliance.',
      'Complex control systems — diagnose intermittent faults in motor controls and programmable logic controllers in industrial facilities.',
    ],
    [
      'Electrical safety program — establish company-wide safety standards and training requirements and enforce them across all crews.',
      'Contracting business strategy — set the direction for bids, estimating and hiring to grow the firm over multiple years.',
      'Large commercial projects — direct the electrical scope of multi-site builds as master electrician of record, advising owners and general contractors.',
    ],
  ],
  developer: [
    [
      'Bug fixes — implement small, well-defined fixes under the guidance of a senior developer, following the team coding standards.',
      'Unit tests — write tests for existing functions using the established testing framework and submit changes for code review.',
      'Development environment — set up local tools and follow onboarding documentation to build and run the application.',
    ],
    [
      'Features of moderate scope — design and build independently within an existing service, asking for review on architectural choices.',
      'Code reviews — review peers’ pull requests for correctness and readability and apply feedback on their own work.',
      'Production incidents — troubleshoot routine issues with reduced oversight using logs and monitoring dashboards.',
    ],
    [
      'Service architecture — design and own complex, non-routine components end to end, making sound technical tradeoffs autonomously.',
      'Junior developers — mentor and coach through design and code review, raising the quality of the team’s work.',
      'Cross-team integrations — coordinate across teams to deliver changes that span several services and release trains.',
    ],
    [
      'Engineering standards — establish architecture principles and technical direction across the engineering organization.',
      'Technology roadmap — define the multi-year platform strategy and champion it with executive stakeholders.',
      'Engineering culture — shape hiring, career ladders and practices organization-wide to sustain delivery at scale.',
    ],
  ],
  teacher: [
    [
      'Classroom routines — carry out lesson plans prepared by a mentor teacher under guidance during supervised student teaching.',
      'Student work — grade assignments using provided rubrics and record marks in the school information system.',
      'Classroom materials — prepare and organize handouts and supplies as directed by the lead teacher.',
    ],
    [
      'Lesson plans — develop weekly plans aligned to curriculum standards with occasional feedback from a department head.',
      'Classroom behaviour — manage day-to-day behaviour using the school’s policies and adapt strategies for individual students.',
      'Parent communication — prepare and lead routine parent conferences about student progress.',
    ],
    [
      'Differentiated instruction — design and adapt units for students with diverse and complex learning needs autonomously.',
      'New teachers — mentor and coach on classroom management and planning, observing lessons and giving feedback.',
      'Assessment data — analyze results across classes to identify gaps and adjust instruction for the grade team.',
    ],
    [
      'Curriculum strategy — set the direction for the school’s curriculum and establish assessment policies district-wide.',
      'Professional learning — lead school-wide programs of teacher development and cultivate a culture of continuous improvement.',
      'Education partnerships — build alliances with districts and universities and advise school leadership on long-term priorities.',
    ],
  ],
};
