setlocal commentstring=//\ %s comments=s1:(*,mb:*,ex:*),:// shiftwidth=4 expandtab
let b:undo_ftplugin = 'setlocal commentstring< comments< shiftwidth< expandtab<'
