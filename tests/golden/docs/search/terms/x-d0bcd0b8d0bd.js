sitrepSearchData("terms/x-d0bcd0b8d0bd",{"министерство":"DAP12","минобороны":"DAP12"});
