sitrepSearchData("terms/t-obl",{"oblast":"zYKi8EWLg8IJg8ywH42yNKioCy4gywO72Sxqx0FOTm2","oblasts":"SF-g8"});
