sitrepSearchData("terms/x-d0bcd196d0bd",{"міноборони":"DAP12"});
