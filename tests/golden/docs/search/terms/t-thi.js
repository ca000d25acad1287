sitrepSearchData("terms/t-thi",{"think":"zLY28yGOf8MVwj8CIzn8","thinking":"RPzig"});
