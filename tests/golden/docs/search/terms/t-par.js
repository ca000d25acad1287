sitrepSearchData("terms/t-par",{"partners":"FFSl8","parts":"zYKi8EWLg8"});
