sitrepSearchData("terms/t-mec",{"mechanized":"JzHiaANVm8zZ-a8y_P2a"});
