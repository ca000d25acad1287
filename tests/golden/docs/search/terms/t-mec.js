sitrepSearchData("terms/t-mec",{"mechanized":"FFSl8zVQtaCUYk8ASKea"});
