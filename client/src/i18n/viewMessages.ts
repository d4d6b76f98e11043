// UI text of the timeline's lanes and window and of the graph's legend. Spread into nb and en in
// messages.ts, so a missing English text is still a compile error.

export const viewNb = {
  // timeline lanes
  rollupText: '{initiatives} tiltak',
  rollupTextWithMilestones: '{initiatives} tiltak · {milestones} milepæler',
  rollupTextWithMilestone: '{initiatives} tiltak · 1 milepæl',
  laneCollapse: 'Fold sammen «{lane}»',
  laneExpand: 'Fold ut «{lane}»',
  collapseAll: 'Fold sammen alle',
  expandAll: 'Fold ut alle',
  barLabelHelp: 'Korte stolper har navnet ved siden av seg; hele navnet står i verktøytipset.',
  // graph legend
  graphLegend: 'Tegnforklaring',
  graphLegendNodes: 'Former og farger',
  graphLegendEdges: 'Piler',
  graphLegendRoot: 'Startpunkt (tykk kant)',
  edgeDependsOn: 'Avhengighet: fra det som trengs til det som trenger det',
  edgeInferred: 'Utledet avhengighet (ikke oppgitt i en kilde)',
  edgeAffects: 'Risiko eller hendelse som rammer (+ dager ventet forsinkelse)',
  edgeOwns: 'Eier',
  edgeChain: 'Drivende kjede (konsekvensvisningen)',
};

export const viewEn: { [K in keyof typeof viewNb]: string } = {
  rollupText: '{initiatives} tiltak',
  rollupTextWithMilestones: '{initiatives} tiltak · {milestones} milestones',
  rollupTextWithMilestone: '{initiatives} tiltak · 1 milestone',
  laneCollapse: 'Collapse “{lane}”',
  laneExpand: 'Expand “{lane}”',
  collapseAll: 'Collapse all',
  expandAll: 'Expand all',
  barLabelHelp: 'Short bars have their name beside them; the full name is in the tooltip.',
  graphLegend: 'Legend',
  graphLegendNodes: 'Shapes and colours',
  graphLegendEdges: 'Arrows',
  graphLegendRoot: 'Starting point (thick border)',
  edgeDependsOn: 'Dependency: from what is needed to what needs it',
  edgeInferred: 'Inferred dependency (not stated in a source)',
  edgeAffects: 'Risk or event that hits (+ days of expected delay)',
  edgeOwns: 'Owner',
  edgeChain: 'Driving chain (the impact view)',
};
