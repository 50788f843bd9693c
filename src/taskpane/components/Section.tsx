// A titled part of a tab (Gửi đi, Nhận về, each document, Lưu mẫu, Hồ sơ): an h2 heading the section is labelled by,
// a line of help under it, then the content, laid out the same way everywhere.

import * as React from 'react';
import { Body1, Caption1, Subtitle2, mergeClasses } from '@fluentui/react-components';
import { useSectionStyles } from '../styles';

export interface SectionProps {
  id: string; // the heading's id
  title: string;
  /** The help line: short (a caption) or a sentence of body text. */
  help?: { text: string; as: 'caption' | 'body' };
  testId?: string;
  className?: string;
  children?: React.ReactNode;
}

export function Section({ id, title, help, testId, className, children }: SectionProps) {
  const styles = useSectionStyles();
  const Help = help?.as === 'body' ? Body1 : Caption1;
  return (
    <section className={mergeClasses(styles.section, className)} aria-labelledby={id} data-testid={testId}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      {help && <Help>{help.text}</Help>}
      {children}
    </section>
  );
}
