sitrepSearchData("terms/t-par",{"partners":"RPzi8","parts":"zYKi8EWLg8"});
