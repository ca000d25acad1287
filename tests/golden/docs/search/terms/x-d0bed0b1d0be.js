sitrepSearchData("terms/x-d0bed0b1d0be",{"оборонних":"SPL42","обороны":"DAP12"});
