sitrepSearchData("terms/t-obl",{"oblast":"zYKi8DTy0x0xzJg8IJg8ywH42yTMmgywO72KjoGEGt2","oblasts":"SF-g8"});
